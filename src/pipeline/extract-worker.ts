// A worker thread of `--workers N` (run by piscina): loads the extractor once, then extracts the articles it is sent.
import { isKgError, type ErrorCode } from '../errors.js';
import { buildFragment } from '../fragment/build-fragment.js';
import type { Article, Extraction, GraphFragment } from '../schema/index.js';
import { createExtractor, type Extractor } from './extract-article.js';

/**
 * `objects`: each article's extraction and fragment, rebuilt on the main thread by structured cloning.
 * `json`: each extraction as its `kg extract` line, serialised here, so the main thread only writes strings.
 */
export type ExtractOutput = 'objects' | 'json';

export interface ExtractTask {
  readonly articles: readonly Article[];
  readonly output: ExtractOutput;
}

export interface ExtractedArticle {
  readonly extraction: Extraction;
  readonly fragment: GraphFragment;
}

/** A KgError crosses the thread boundary as plain data (its class does not survive structured cloning). */
export type ExtractTaskResult =
  | { readonly ok: true; readonly output: 'objects'; readonly extracted: readonly ExtractedArticle[] }
  | { readonly ok: true; readonly output: 'json'; readonly lines: readonly string[] }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

let extractor: Extractor | undefined;

export default function extractTask(task: ExtractTask): ExtractTaskResult {
  try {
    extractor ??= createExtractor();
    const extract = extractor;
    if (task.output === 'json') return { ok: true, output: 'json', lines: task.articles.map((article) => JSON.stringify(extract(article))) };
    return {
      ok: true,
      output: 'objects',
      extracted: task.articles.map((article) => {
        const extraction = extract(article);
        return { extraction, fragment: buildFragment(article, extraction) };
      }),
    };
  } catch (error) {
    if (isKgError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
