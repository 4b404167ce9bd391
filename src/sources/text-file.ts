// Plain text and Markdown files: one article each, id = file name stem, text = the file's text.
import path from 'node:path';
import type { Article } from '../schema/article.js';
import type { SourceItem } from '../schema/source.js';
import { badItem } from './bad-item.js';
import { readWholeFile } from './whole-file.js';
import { markdownTitle } from './markdown-title.js';

/** The file name without its last extension: `data/kim-visit.md` -> `kim-visit`. */
export function fileStem(file: string): string {
  return path.basename(file, path.extname(file));
}

/**
 * Line endings are normalised to "\n" (CRLF and lone CR alike), so a file saved on Windows gives the same text, and
 * the same offsets, as on Unix. Offsets downstream index this normalised text, which is the article's `text`.
 * Nothing else changes: a leading byte-order mark is dropped, the Markdown stays Markdown.
 */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Reads a text file whole (one article); Markdown also gives a title from its first "# heading". */
export async function* readTextFile(file: string, format: 'text' | 'markdown'): AsyncGenerator<SourceItem> {
  const read = await readWholeFile(file);
  if (!read.ok) {
    yield read.bad;
    return;
  }
  const text = normaliseLineEndings(read.text);
  if (text.trim() === '') {
    yield badItem({ file }, 'INPUT_EMPTY', `${file} has no text, only whitespace`);
    return;
  }
  const title = format === 'markdown' ? markdownTitle(text) : undefined;
  const article: Article = { id: fileStem(file), text, ...(title === undefined ? {} : { title }) };
  yield { kind: 'article', article, origin: { file } };
}
