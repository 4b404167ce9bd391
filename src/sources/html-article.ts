// The article in an HTML page: main text by Readability over a linkedom document, else the whole body's text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../schema/article.js';
import { blockText, type TextNode } from './block-text.js';

export type HtmlArticle = Omit<Article, 'id'>;

/** Readability gives up (and the body's text is used) on pages with more elements than this. */
export const READABILITY_MAX_ELEMENTS = 100_000;
/**
 * Pages nested deeper than this skip Readability for the body's text: its time grows steeply with depth (measured:
 * 0.3 s at depth 100, 0.6 s at 300, 10 s at 1,000, 48 s at 2,000) and it overflows the stack a few thousand deep.
 */
export const READABILITY_MAX_DEPTH = 200;

type PageElement = { readonly textContent: string | null; getAttribute(name: string): string | null };
type PageDocument = {
  querySelector(selector: string): PageElement | null;
  getElementsByTagName(name: string): { readonly length: number };
  readonly body: TextNode | null;
};

/** linkedom builds no implied <html>/<head>/<body> around a fragment (its body stays empty), so add them. */
function asFullDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const body = html.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>|<head\b[^>]*>[\s\S]*?<\/head>/gi, '');
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

function parsePage(html: string): PageDocument {
  // linkedom's typings name DOM-library types this project does not load; the walk needs only PageDocument.
  const page = parseHTML(asFullDocument(html)) as unknown as { readonly document: PageDocument };
  return page.document;
}

/** Whether any element lies deeper than `limit` below `root` (walked iteratively, stopping early). */
function isDeeperThan(root: TextNode, limit: number): boolean {
  let node: TextNode | null = root;
  let depth = 0;
  while (node !== null) {
    if (node.firstChild !== null) {
      node = node.firstChild;
      depth += 1;
      if (depth > limit) return true;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      depth -= 1;
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  return false;
}

function collapsed(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/gu, ' ').trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Whether Readability can read the page in reasonable time: not too many elements, not too deep. */
function suitsReadability(document: PageDocument): boolean {
  if (document.body === null) return false;
  return document.getElementsByTagName('*').length <= READABILITY_MAX_ELEMENTS && !isDeeperThan(document.body, READABILITY_MAX_DEPTH);
}

/** Readability's main content and metadata; no text when it finds no article or fails on the page. */
function readableContent(document: PageDocument): { text?: string; title?: string; published?: string; source?: string } {
  let result;
  try {
    result = new Readability<TextNode>(document as never, {
      maxElemsToParse: READABILITY_MAX_ELEMENTS,
      serializer: (node) => node as unknown as TextNode,
    }).parse();
  } catch {
    return {};
  }
  if (result === null) return {};
  const text = result.content ? blockText(result.content) : '';
  const title = collapsed(result.title);
  const published = collapsed(result.publishedTime);
  const source = collapsed(result.siteName);
  return {
    ...(text === '' ? {} : { text }),
    ...(title === undefined ? {} : { title }),
    ...(published === undefined ? {} : { published }),
    ...(source === undefined ? {} : { source }),
  };
}

/** The fallback: all the text of the page's body. */
function bodyText(document: PageDocument): string {
  return document.body === null ? '' : blockText(document.body);
}

/**
 * Text has one line per paragraph ("\n" between blocks). The title is Readability's, else the page's <title>;
 * `published` and `source` come from the page's metadata when Readability finds them; `url` from its canonical link.
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const document = parsePage(html);
  const pageTitle = collapsed(document.querySelector('title')?.textContent);
  const url = collapsed(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const readable = suitsReadability(document) ? readableContent(document) : undefined;
  // Readability changes the document it reads: after it ran, the fallback parses the page again.
  const text = readable?.text ?? bodyText(readable === undefined ? document : parsePage(html));
  const title = readable?.title ?? pageTitle;
  return {
    text,
    ...(title === undefined ? {} : { title }),
    ...(readable?.source === undefined ? {} : { source: readable.source }),
    ...(url === undefined ? {} : { url }),
    ...(readable?.published === undefined ? {} : { published: readable.published }),
  };
}
