// Streaming composition: sources -> extraction -> fragments, one article at a time, bad records passed through.
import type { Extraction, GraphFragment, SourceItem } from '../schema/index.js';
import { buildFragment } from '../fragment/build-fragment.js';
import type { Extractor } from './extract-article.js';

export type Extracted =
  | { readonly kind: 'article'; readonly item: Extract<SourceItem, { kind: 'article' }>; readonly extraction: Extraction; readonly fragment: GraphFragment }
  | Extract<SourceItem, { kind: 'bad' }>;

export async function* extractItems(items: AsyncIterable<SourceItem>, extract: Extractor): AsyncGenerator<Extracted> {
  for await (const item of items) {
    if (item.kind === 'bad') {
      yield item;
      continue;
    }
    const extraction = extract(item.article);
    yield { kind: 'article', item, extraction, fragment: buildFragment(item.article, extraction) };
  }
}

/** Groups a stream into arrays of at most `size`. */
export async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
