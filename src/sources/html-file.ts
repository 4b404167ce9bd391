// HTML pages (.html, .htm): one article each, id = file name stem, text = the page's main text.
import { readFile } from 'node:fs/promises';
import type { Article } from '../schema/article.js';
import type { SourceItem } from '../schema/source.js';
import { badItem, fileErrorItem } from './bad-item.js';
import { decodeFileText } from './decode-text.js';
import { extractHtmlArticle } from './html-article.js';
import { fileStem } from './text-file.js';

/** Pages must be UTF-8 (a page in another charset is refused, never guessed at). */
export async function* readHtmlFile(file: string): AsyncGenerator<SourceItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    yield fileErrorItem(file, error);
    return;
  }
  if (bytes.length === 0) {
    yield badItem({ file }, 'INPUT_EMPTY', `${file} is empty`);
    return;
  }
  const decoded = decodeFileText(bytes, file);
  if (!decoded.ok) {
    yield badItem({ file }, decoded.code, decoded.reason);
    return;
  }
  const page = extractHtmlArticle(decoded.text);
  if (page.text === '') {
    yield badItem({ file }, 'INPUT_EMPTY', `${file} has no text to read in its page body`);
    return;
  }
  const article: Article = { id: fileStem(file), ...page };
  yield { kind: 'article', article, origin: { file } };
}
