// Text made safe for XML 1.0 attribute values and content: markup escaped, whitespace kept, unrepresentable characters replaced.

// Control characters XML 1.0 cannot carry even as references, U+FFFE/U+FFFF, and lone surrogates.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKUP = /[&<>"'\t\n\r]/g;
// Tab, newline and carriage return as references so attribute-value normalisation keeps them.
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(MARKUP, (c) => REFERENCES[c] ?? c);
}
