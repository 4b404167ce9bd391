// HTML pages (.html, .htm): one article each, id = file name stem, text = the page's main text.
import type { Article } from '../schema/article.js';
import type { SourceItem } from '../schema/source.js';
import { badItem } from './bad-item.js';
import { readWholeFile } from './whole-file.js';
import { fileStem } from './text-file.js';

/** Pages must be UTF-8 (a page in another charset is refused, never guessed at). */
export async function* readHtmlFile(file: string): AsyncGenerator<SourceItem> {
  const read = await readWholeFile(file);
  if (!read.ok) {
    yield read.bad;
    return;
  }
  // the HTML parser takes a quarter second to load: only a run that meets a page pays for it
  const { extractHtmlArticle } = await import('./html-article.js');
  const page = extractHtmlArticle(read.text);
  if (page.text === '') {
    yield badItem({ file }, 'INPUT_EMPTY', `${file} has no text to read in its page body`);
    return;
  }
  const article: Article = { id: fileStem(file), ...page };
  yield { kind: 'article', article, origin: { file } };
}
