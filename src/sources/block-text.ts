// The readable text of a DOM subtree: one line per block (paragraph, heading, list item...), inline whitespace collapsed.
// Walks iteratively, so a deeply nested page cannot overflow the stack.

/** The little of the DOM the walk needs; linkedom's nodes have it. */
export type TextNode = {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly firstChild: TextNode | null;
  readonly nextSibling: TextNode | null;
  readonly parentNode: TextNode | null;
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA',
]);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);

function isBlock(node: TextNode): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCKS.has(node.nodeName.toUpperCase());
}

function isSkipped(node: TextNode): boolean {
  return node.nodeType === ELEMENT_NODE && SKIPPED.has(node.nodeName.toUpperCase());
}

/** Lines joined with "\n"; blank lines dropped, each line's whitespace collapsed and trimmed. */
export function blockText(root: TextNode): string {
  const parts: string[] = [];
  const enter = (node: TextNode): void => {
    // Whitespace inside text (the page source's own line wrapping) is collapsed before blocks add line breaks.
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) parts.push((node.nodeValue ?? '').replace(/\s+/gu, ' '));
    else if (isBlock(node)) parts.push('\n');
  };
  const leave = (node: TextNode): void => {
    if (isBlock(node)) parts.push('\n');
  };
  let node = root.firstChild;
  while (node !== null) {
    enter(node);
    if (node.firstChild !== null && !isSkipped(node)) {
      node = node.firstChild;
      continue;
    }
    leave(node);
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) leave(node);
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
