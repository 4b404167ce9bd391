// `--workers N`: the pool keeps input order and a bounded read-ahead, passes errors on, and extracts exactly what
// the in-process path does. The real worker runs from dist/ (the test command builds first).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isKgError } from '../../src/errors.js';
import { extractItems, type Extracted } from '../../src/pipeline/articles.js';
import { createExtractor } from '../../src/pipeline/extract-article.js';
import { extractItemsInWorkers, extractLinesInWorkers, parseWorkerCount } from '../../src/pipeline/workers.js';
import type { SourceItem } from '../../src/schema/index.js';
import { readArticles } from '../../src/sources/read-articles.js';

const ECHO_WORKER = new URL('./fixtures/echo-worker.mjs', import.meta.url);
const DIST_WORKER = new URL('../../dist/pipeline/extract-worker.js', import.meta.url);
const SAMPLES = fileURLToPath(new URL('../../data/samples', import.meta.url));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const article = (i: number, text = `Article number ${i}.`): SourceItem => ({ kind: 'article', article: { id: `a${i}`, text }, origin: { file: 'in.jsonl', line: i + 1 } });
const bad = (i: number): SourceItem => ({ kind: 'bad', origin: { file: 'in.jsonl', line: i + 1 }, code: 'INPUT_INVALID_JSON', reason: 'broken JSON' });
const keyOf = (item: Extracted): string => (item.kind === 'article' ? item.item.article.id : `bad@${item.origin.line}`);

describe('parseWorkerCount', () => {
  test.each([['1', 1], ['2', 2], [' 8 ', 8], ['256', 256]])('reads %j as %i', (value, count) => {
    expect(parseWorkerCount(value)).toBe(count);
  });

  test.each(['0', '-1', '1.5', 'two', '', '257'])('refuses %j with CONFIG_INVALID', (value) => {
    let caught: unknown;
    try {
      parseWorkerCount(value);
    } catch (error) {
      caught = error;
    }
    expect(isKgError(caught, 'CONFIG_INVALID')).toBe(true);
  });
});

describe('extractItemsInWorkers (stand-in worker)', () => {
  test('yields every item in input order although tasks finish out of order, bad records in their place', async () => {
    const items = Array.from({ length: 101 }, (_, i) => (i % 7 === 3 ? bad(i) : article(i)));
    async function* source(): AsyncGenerator<SourceItem> {
      yield* items;
    }
    const out = await collect(extractItemsInWorkers(source(), { workers: 3, articlesPerTask: 2, workerFile: ECHO_WORKER }));
    expect(out.map(keyOf)).toEqual(items.map((item) => (item.kind === 'article' ? item.article.id : `bad@${item.origin.line}`)));
    const first = out[0];
    expect(first?.kind === 'article' ? first.fragment.article.contentHash : undefined).toBe('hash-a0');
  });

  test('yields JSON lines in input order too, bad records in their place', async () => {
    const items = Array.from({ length: 41 }, (_, i) => (i % 5 === 0 ? bad(i) : article(i)));
    async function* source(): AsyncGenerator<SourceItem> {
      yield* items;
    }
    const out = await collect(extractLinesInWorkers(source(), { workers: 2, articlesPerTask: 3, workerFile: ECHO_WORKER }));
    expect(out.map((item) => (item.kind === 'article' ? JSON.parse(item.line).article.id : `bad@${item.origin.line}`))).toEqual(
      items.map((item) => (item.kind === 'article' ? item.article.id : `bad@${item.origin.line}`)),
    );
  });

  test('reads at most tasksInFlight x articlesPerTask items ahead of what it has yielded', async () => {
    let pulled = 0;
    let yielded = 0;
    let furthestAhead = 0;
    async function* source(): AsyncGenerator<SourceItem> {
      for (let i = 0; i < 300; i += 1) {
        pulled += 1;
        furthestAhead = Math.max(furthestAhead, pulled - yielded);
        yield article(i);
      }
    }
    for await (const _ of extractItemsInWorkers(source(), { workers: 2, articlesPerTask: 3, tasksInFlight: 4, workerFile: ECHO_WORKER })) {
      yielded += 1;
      await new Promise((resolve) => setTimeout(resolve, 1)); // a slow writer downstream
    }
    expect(yielded).toBe(300);
    // 4 tasks of 3 in flight, plus the one item that triggers the wait
    expect(furthestAhead).toBeLessThanOrEqual(4 * 3 + 1);
  });

  test("turns a worker's KgError into a KgError with its code", async () => {
    async function* source(): AsyncGenerator<SourceItem> {
      yield article(0);
      yield article(1, 'fail');
    }
    let caught: unknown;
    try {
      await collect(extractItemsInWorkers(source(), { workers: 1, articlesPerTask: 1, workerFile: ECHO_WORKER }));
    } catch (error) {
      caught = error;
    }
    expect(isKgError(caught, 'INPUT_NOT_FOUND')).toBe(true);
    expect((caught as Error).message).toBe('the weights are missing');
  });

  test('stops its threads when the reader stops early', async () => {
    async function* endless(): AsyncGenerator<SourceItem> {
      for (let i = 0; ; i += 1) yield article(i);
    }
    const firstThree: string[] = [];
    for await (const item of extractItemsInWorkers(endless(), { workers: 2, workerFile: ECHO_WORKER })) {
      firstThree.push(keyOf(item));
      if (firstThree.length === 3) break;
    }
    expect(firstThree).toEqual(['a0', 'a1', 'a2']);
  });
});

describe('extractItemsInWorkers (the real extractor, from dist/)', () => {
  beforeAll(() => {
    if (!existsSync(DIST_WORKER)) throw new Error(`${fileURLToPath(DIST_WORKER)} is missing: run \`npm run build\` before the tests`);
  });

  test('gives exactly the extractions and fragments of the in-process path, in the same order', async () => {
    const inProcess = await collect(extractItems(readArticles([SAMPLES]), createExtractor()));
    const inWorkers = await collect(extractItemsInWorkers(readArticles([SAMPLES]), { workers: 2, workerFile: DIST_WORKER }));
    expect(inProcess.length).toBeGreaterThanOrEqual(10);
    expect(inWorkers).toEqual(inProcess);
  });

  test('gives as lines exactly the JSON of the in-process extractions', async () => {
    const inProcess = await collect(extractItems(readArticles([SAMPLES]), createExtractor()));
    const lines = await collect(extractLinesInWorkers(readArticles([SAMPLES]), { workers: 2, workerFile: DIST_WORKER }));
    expect(lines.map((item) => (item.kind === 'article' ? item.line : item.reason))).toEqual(
      inProcess.map((item) => (item.kind === 'article' ? JSON.stringify(item.extraction) : item.reason)),
    );
  });
});
