// `--workers N`: extraction on a pool of worker threads (piscina), results in input order, a bounded number in flight.
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { z } from 'zod';
import { KgError } from '../errors.js';
import type { SourceItem } from '../schema/index.js';
import { extractItems, type Extracted } from './articles.js';
import type { Extractor } from './extract-article.js';
import type { ExtractOutput, ExtractTask, ExtractTaskResult } from './extract-worker.js';

/** Items (articles, and bad records riding along) sent to a worker in one message: amortises the messaging without holding up the ordered output. */
export const DEFAULT_ARTICLES_PER_TASK = 4;
/** Tasks in flight per worker: enough to keep every worker busy while the main thread writes the oldest results. */
export const DEFAULT_TASKS_IN_FLIGHT_PER_WORKER = 4;
export const MAX_WORKERS = 256;

export interface WorkerPoolOptions {
  /** Worker threads, each with its own extractor. */
  readonly workers: number;
  readonly articlesPerTask?: number;
  /** At most this many tasks (each of `articlesPerTask` items) are read ahead of the output; default workers x 4. */
  readonly tasksInFlight?: number;
  /** The compiled worker module; by default `extract-worker.js` beside this file (tests under ts point at dist/). */
  readonly workerFile?: URL;
}

/** An article's `kg extract` line (its extraction as JSON), or a bad record in its place. */
export type ExtractedLine =
  | { readonly kind: 'article'; readonly item: Extract<SourceItem, { kind: 'article' }>; readonly line: string }
  | Extract<SourceItem, { kind: 'bad' }>;

/**
 * V8's optimising compiler starts on a function once it has spent this much "interrupt budget" (Node 20's default is
 * 144k). Every worker warms up its own copy of the pipeline, and its compiles run on background threads: with two
 * workers on two cores they take the cores from the workers themselves (a one-thread run already uses 1.4 cores,
 * half of it compiling). A 1M budget compiles only the code that stays hot: on the bench's 4,179 articles,
 * `--workers 2` took 9.1-9.9 s and 15.5-16.8 s of CPU instead of 10.7-11.8 s and 18.7-20.6 s, outputs identical; one
 * thread alone does better with the default, so it is set only for pools (process-wide: V8 flags are per process).
 */
const WORKER_INTERRUPT_BUDGET = 1_000_000;

const WorkerCount = z.coerce.number().int().min(1).max(MAX_WORKERS);

/** Parses `--workers N`; anything but a whole number from 1 to 256 is a CONFIG_INVALID error. */
export function parseWorkerCount(value: string): number {
  const parsed = WorkerCount.safeParse(value.trim() === '' ? undefined : value);
  if (!parsed.success) {
    throw new KgError('CONFIG_INVALID', `--workers ${JSON.stringify(value)} is not a worker count: give a whole number from 1 to ${MAX_WORKERS}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * Like `extractItems`, on `workers` threads: every item comes out in the order it went in (bad records in their
 * place), and at most `tasksInFlight x articlesPerTask` items are held at once, however long the input.
 */
export function extractItemsInWorkers(items: AsyncIterable<SourceItem>, options: WorkerPoolOptions): AsyncGenerator<Extracted> {
  return inWorkers(items, options, 'objects', (item, result, index) => {
    if (result.output !== 'objects') throw new Error('a worker answered an objects task with lines');
    const extracted = result.extracted[index];
    return extracted === undefined ? undefined : { kind: 'article', item, extraction: extracted.extraction, fragment: extracted.fragment };
  });
}

/** As `extractItemsInWorkers`, but each article's extraction comes as its JSON line, serialised in the worker. */
export function extractLinesInWorkers(items: AsyncIterable<SourceItem>, options: WorkerPoolOptions): AsyncGenerator<ExtractedLine> {
  return inWorkers(items, options, 'json', (item, result, index) => {
    if (result.output !== 'json') throw new Error('a worker answered a json task with objects');
    const line = result.lines[index];
    return line === undefined ? undefined : { kind: 'article', item, line };
  });
}

type Answered = Extract<ExtractTaskResult, { ok: true }>;
type ArticleItem = Extract<SourceItem, { kind: 'article' }>;
type BadItem = Extract<SourceItem, { kind: 'bad' }>;

async function* inWorkers<T extends { kind: 'article' }>(
  items: AsyncIterable<SourceItem>,
  options: WorkerPoolOptions,
  output: ExtractOutput,
  take: (item: ArticleItem, result: Answered, index: number) => T | undefined,
): AsyncGenerator<T | BadItem> {
  const workers = WorkerCount.parse(options.workers);
  const articlesPerTask = Math.max(1, options.articlesPerTask ?? DEFAULT_ARTICLES_PER_TASK);
  const tasksInFlight = Math.max(1, options.tasksInFlight ?? workers * DEFAULT_TASKS_IN_FLIGHT_PER_WORKER);
  setFlagsFromString(`--interrupt-budget=${WORKER_INTERRUPT_BUDGET}`);
  const pool = new Piscina<ExtractTask, ExtractTaskResult>({
    filename: (options.workerFile ?? new URL('./extract-worker.js', import.meta.url)).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
  });

  const runTask = async (batch: readonly SourceItem[]): Promise<(T | BadItem)[]> => {
    const articles = batch.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
    if (articles.length === 0) return batch as BadItem[];
    const result = await pool.run({ articles, output });
    if (!result.ok) throw new KgError(result.code, result.message);
    let next = 0;
    return batch.map((item) => {
      if (item.kind === 'bad') return item;
      const taken = take(item, result, next++);
      if (taken === undefined) throw new Error(`a worker answered ${next - 1} of ${articles.length} articles`);
      return taken;
    });
  };

  const inFlight: Promise<(T | BadItem)[]>[] = [];
  let pending: SourceItem[] = [];
  const send = (): void => {
    const task = runTask(pending);
    // a later task may fail while an earlier one is awaited: mark it handled here, it is awaited (and throws) in turn
    task.catch(() => undefined);
    inFlight.push(task);
    pending = [];
  };

  try {
    for await (const item of items) {
      pending.push(item);
      // bad records count too, so a run of them is passed on (in order) instead of piling up
      if (pending.length >= articlesPerTask) send();
      while (inFlight.length >= tasksInFlight) yield* await (inFlight.shift() as Promise<(T | BadItem)[]>);
    }
    if (pending.length > 0) send();
    while (inFlight.length > 0) yield* await (inFlight.shift() as Promise<(T | BadItem)[]>);
  } finally {
    await pool.destroy();
  }
}

/** The extractor of this thread, loaded only when extraction runs here: with --workers the main thread never loads the models. */
export async function inProcessExtractor(): Promise<Extractor> {
  const { createExtractor } = await import('./extract-article.js');
  return createExtractor();
}

/** Items extracted on `workers` threads, or on this one when there is one (its models loaded first). */
export async function extractedItems(items: AsyncIterable<SourceItem>, workers: number): Promise<AsyncGenerator<Extracted>> {
  return workers > 1 ? extractItemsInWorkers(items, { workers }) : extractItems(items, await inProcessExtractor());
}
