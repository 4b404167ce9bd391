// Properties of ingest into the embedded store, for any set of articles: writing it again changes nothing
// (idempotent), and the graph does not depend on the order the articles come in or how they are batched.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { buildFragment } from '../../src/fragment/build-fragment.js';
import { createExtractor, type Extractor } from '../../src/pipeline/extract-article.js';
import type { Extraction, GraphFragment } from '../../src/schema/index.js';
import { openEmbeddedStore } from '../../src/stores/embedded.js';
import { canonicalGraph, type CanonicalGraph } from './canonical-graph.js';
import { NEWS_SENTENCES } from './news-sentences.js';

let extract: Extractor;
let dir: string;
let stores = 0;
beforeAll(async () => {
  extract = createExtractor();
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-ingest-property-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Extraction is pure: each distinct text is extracted once for the whole file. */
const extractions = new Map<string, Extraction>();
function fragmentOf(id: string, text: string, published: string | undefined): GraphFragment {
  const article = { id, text, ...(published === undefined ? {} : { published }) };
  const key = JSON.stringify([id, text, published]);
  let extraction = extractions.get(key);
  if (extraction === undefined) {
    extraction = extract(article);
    extractions.set(key, extraction);
  }
  return buildFragment(article, extraction);
}

/** An article: 1-4 sentences from the shared pool (so articles share entities and facts), maybe a date. */
const articleSpec = fc.record({
  sentences: fc.array(fc.nat(NEWS_SENTENCES.length - 1), { minLength: 1, maxLength: 4 }),
  published: fc.option(fc.constantFrom('2024-03-01', '2024-03-05', '2025-01-10'), { nil: undefined }),
});

/** A set of 1-7 articles with distinct ids, in one order, another order, and batch sizes to write that order in. */
const scenario = fc
  .array(articleSpec, { minLength: 1, maxLength: 7 })
  .map((specs) => specs.map((spec, i) => fragmentOf(`article-${i}`, spec.sentences.map((s) => NEWS_SENTENCES[s]).join(' '), spec.published)))
  .chain((fragments) =>
    fc.record({
      fragments: fc.constant(fragments),
      shuffled: fc.shuffledSubarray(fragments, { minLength: fragments.length, maxLength: fragments.length }),
      batchSizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: fragments.length, maxLength: fragments.length }),
      again: fc.subarray(fragments),
    }),
  );

async function withStore<T>(work: (store: Awaited<ReturnType<typeof openEmbeddedStore>>) => Promise<T>): Promise<T> {
  stores += 1;
  const store = await openEmbeddedStore(path.join(dir, `store-${stores}`));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function inBatches<T>(items: readonly T[], sizes: readonly number[]): T[][] {
  const batches: T[][] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= items.length) break;
    batches.push(items.slice(at, at + size));
    at += size;
  }
  if (at < items.length) batches.push(items.slice(at));
  return batches;
}

describe('ingest into the embedded store, for any set of articles', () => {
  test('writing the same articles again reports them unchanged and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ fragments, again }) => {
        await withStore(async (store) => {
          expect(await store.write(fragments)).toEqual({ written: fragments.length, unchanged: 0, replaced: 0 });
          const first: CanonicalGraph = await canonicalGraph(store);
          expect(await store.write(again)).toEqual({ written: 0, unchanged: again.length, replaced: 0 });
          expect(await store.write(fragments)).toEqual({ written: 0, unchanged: fragments.length, replaced: 0 });
          expect(await canonicalGraph(store)).toEqual(first);
        });
      }),
      { numRuns: 40 },
    );
  });

  test('gives the same graph whatever the order of the articles and however they are batched', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ fragments, shuffled, batchSizes }) => {
        const inOrder = await withStore(async (store) => {
          await store.write(fragments);
          return canonicalGraph(store);
        });
        const reordered = await withStore(async (store) => {
          for (const batch of inBatches(shuffled, batchSizes)) await store.write(batch);
          return canonicalGraph(store);
        });
        expect(reordered).toEqual(inOrder);
      }),
      { numRuns: 40 },
    );
  });

  test('the sentence pool gives the properties something to check: entities, facts with evidence, statements', async () => {
    const all = NEWS_SENTENCES.map((text, i) => fragmentOf(`pool-${i}`, text, undefined));
    const graph = await withStore(async (store) => {
      await store.write(all);
      return canonicalGraph(store);
    });
    expect(graph.entities.length).toBeGreaterThan(20);
    expect(graph.facts.length).toBeGreaterThan(10);
    expect(graph.counts.nodes['Statement']).toBeGreaterThan(2);
  });
});
