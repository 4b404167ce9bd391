// `npm run bench`: throughput and memory of extraction and ingest (issue 8, SPEC section 8), one JSON object a line
// `{metric, value, unit}` on standard output; what was run goes to standard error. BENCH_ARTICLES (default 100,000)
// scales the long runs down (the windows are its first and last tenth: 10k of 100k); BENCH_ONLY=extract,memory,neo4j
// runs only those parts; BENCH_NEO4J_BATCH sets the articles per Neo4j write (default 500). docs/scaling.md reads it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findFreePorts, runNeo4jAdmin, writeNeo4jConf } from '../src/server/index.js';
import { openNeo4jStore } from '../src/stores/neo4j.js';
import { BulkCsvWriter } from '../src/stores/neo4j/bulk-csv.js';
import { benchCorpus, corpusArticles, shortArticles, writeJsonLines, type BenchCorpus } from './corpus.js';
import { runMeasured, type MeasuredRun, type MeasureOptions } from './measured-child.js';
import type { LoadWindow } from './neo4j-load.js';
import { ENTITIES_PER_ARTICLE, FACTS_PER_ARTICLE, syntheticArticle } from './synthetic-articles.js';
import { BENCH_SERVER_HEAP, BENCH_SERVER_PAGE_CACHE, startThrowawayNeo4j } from './throwaway-neo4j.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KG = path.join(ROOT, 'bin', 'kg.js');
const ARTICLES = Math.max(100, Number(process.env['BENCH_ARTICLES'] ?? 100_000));
/** The first and last windows of the long runs: 10k of 100k. */
const WINDOW = Math.max(10, Math.floor(ARTICLES / 10));
/** The extraction-rate corpus: the corpus documents this many times over (CoNLL-2003: 4,179 articles, ~1M tokens),
 *  so that the start-up of each process and thread weighs little; at least MIN_EXTRACT_ARTICLES. */
const EXTRACT_CORPUS_PASSES = 3;
const MIN_EXTRACT_ARTICLES = 1_000;
/** Articles of the streaming-memory run are this many consecutive corpus sentences: only their number matters there. */
const SENTENCES_PER_SHORT_ARTICLE = 2;
const WINK_PASSES = 3;
const NEO4J_WRITE_BATCH = Number(process.env['BENCH_NEO4J_BATCH'] ?? 500);
const MB = 1024 * 1024;

function emit(metric: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ metric, value: Number(value.toPrecision(6)), unit })}\n`);
}

function note(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function checkRun(what: string, run: MeasuredRun): MeasuredRun {
  if (run.exitCode !== 0) throw new Error(`${what} exited with ${run.exitCode}:\n${run.stderr.slice(-3000)}`);
  return run;
}

/** wink-nlp `readDoc` + POS over the texts: a warm-up pass over a few, then the median of three timed passes over all. */
function winkThroughput(texts: readonly string[]): { tokens: number; tokensPerSecond: number } {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  for (const text of texts.slice(0, 100)) nlp.readDoc(text).tokens().out(its.pos);
  let tokens = 0;
  const rates: number[] = [];
  for (let pass = 0; pass < WINK_PASSES; pass += 1) {
    tokens = 0;
    const started = performance.now();
    for (const text of texts) tokens += (nlp.readDoc(text).tokens().out(its.pos) as string[]).length;
    rates.push(tokens / ((performance.now() - started) / 1000));
  }
  return { tokens, tokensPerSecond: rates.sort((a, b) => a - b)[Math.floor(WINK_PASSES / 2)] ?? 0 };
}

function kg(args: readonly string[], onLine?: MeasureOptions['onLine']): Promise<MeasuredRun> {
  return runMeasured(process.execPath, [KG, ...args], { cwd: ROOT, ...(onLine ? { onLine } : {}) });
}

async function benchExtraction(dir: string, corpus: BenchCorpus): Promise<void> {
  const count = Math.min(ARTICLES, Math.max(EXTRACT_CORPUS_PASSES * corpus.documents.length, MIN_EXTRACT_ARTICLES));
  const articles = [...corpusArticles(corpus, count)];
  const file = path.join(dir, 'corpus.jsonl');
  await writeJsonLines(file, articles);
  note(`extraction corpus: ${articles.length} articles from ${corpus.origin}`);
  emit('corpus_articles', articles.length, 'articles');

  const wink = winkThroughput(articles.map((a) => a.text));
  emit('corpus_tokens', wink.tokens, 'tokens');
  emit('wink_readdoc_pos_tokens_per_s', wink.tokensPerSecond, 'tokens/s');

  const oneArticle = path.join(ROOT, 'data', 'samples', 'taiwan-strait-drills.txt');
  const startup = checkRun('kg extract (one article)', await kg(['extract', oneArticle]));
  emit('extract_startup_s', startup.wallSeconds, 's');
  const startupTwo = checkRun('kg extract --workers 2 (one article)', await kg(['extract', '--workers', '2', oneArticle]));
  emit('extract_workers2_startup_s', startupTwo.wallSeconds, 's');

  const one = checkRun('kg extract', await kg(['extract', file]));
  if (one.stdoutLines !== articles.length) throw new Error(`kg extract wrote ${one.stdoutLines} lines for ${articles.length} articles`);
  const oneRate = wink.tokens / one.wallSeconds;
  emit('extract_tokens_per_s', oneRate, 'tokens/s');
  emit('extract_vs_wink_ratio', oneRate / wink.tokensPerSecond, 'ratio');
  emit('extract_articles_per_s', articles.length / one.wallSeconds, 'articles/s');
  emit('extract_tokens_per_s_after_startup', wink.tokens / Math.max(0.001, one.wallSeconds - startup.wallSeconds), 'tokens/s');

  const two = checkRun('kg extract --workers 2', await kg(['extract', '--workers', '2', file]));
  const twoRate = wink.tokens / two.wallSeconds;
  emit('extract_workers2_tokens_per_s', twoRate, 'tokens/s');
  emit('extract_workers2_vs_wink_ratio', twoRate / wink.tokensPerSecond, 'ratio');
  emit('extract_workers2_speedup', one.wallSeconds / two.wallSeconds, 'x');
  // each process (and each worker thread) first loads the models: what is left is the rate a long run settles at
  emit('extract_workers2_tokens_per_s_after_startup', wink.tokens / Math.max(0.001, two.wallSeconds - startupTwo.wallSeconds), 'tokens/s');
  emit('extract_workers2_speedup_after_startup', (one.wallSeconds - startup.wallSeconds) / Math.max(0.001, two.wallSeconds - startupTwo.wallSeconds), 'x');

  const store = path.join(dir, 'embedded-store');
  const ingest = checkRun('kg ingest (embedded)', await kg(['ingest', '--store', store, '--workers', '2', file]));
  emit('embedded_ingest_workers2_articles_per_s', articles.length / ingest.wallSeconds, 'articles/s');
  emit('embedded_ingest_workers2_tokens_per_s', wink.tokens / ingest.wallSeconds, 'tokens/s');
}

async function benchStreamingMemory(dir: string, corpus: BenchCorpus): Promise<void> {
  const file = path.join(dir, 'stream.jsonl');
  await writeJsonLines(file, shortArticles(corpus, ARTICLES, SENTENCES_PER_SHORT_ARTICLE));
  const rates: number[] = [];
  for (const workers of [1, 2]) {
    note(`streaming extract: ${ARTICLES} articles of ${SENTENCES_PER_SHORT_ARTICLE} sentences, --workers ${workers}; peak RSS after ${WINDOW} and after all`);
    let atWindow = 0;
    const run = checkRun(
      'kg extract (streaming)',
      await kg(['extract', '--workers', String(workers), file], (_line, n, peak) => {
        if (n === WINDOW) atWindow = peak();
      }),
    );
    const name = workers === 1 ? 'extract' : `extract_workers${workers}`;
    emit(`${name}_peak_rss_at_${WINDOW}_articles`, atWindow / MB, 'MB');
    emit(`${name}_peak_rss_at_${ARTICLES}_articles`, run.peakRssBytes / MB, 'MB');
    emit(`${name}_peak_rss_growth`, run.peakRssBytes / Math.max(1, atWindow), 'ratio');
    emit(`${name}_streaming_articles_per_s`, ARTICLES / run.wallSeconds, 'articles/s');
    rates.push(ARTICLES / run.wallSeconds);
  }
  emit('extract_workers2_streaming_speedup', (rates[1] ?? 0) / (rates[0] ?? 1), 'x');
}

async function benchNeo4j(dir: string): Promise<void> {
  note(`Neo4j: a throwaway server (heap ${BENCH_SERVER_HEAP}, page cache ${BENCH_SERVER_PAGE_CACHE}); ${ARTICLES} synthetic articles of ` +
    `${ENTITIES_PER_ARTICLE} entities, ${FACTS_PER_ARTICLE} facts and a statement, from shared skewed pools, in writes of ${NEO4J_WRITE_BATCH}`);
  const neo4j = await startThrowawayNeo4j();
  try {
    const windows: LoadWindow[] = [];
    const load = checkRun(
      'the Neo4j load',
      await runMeasured(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'neo4j-load.ts'), neo4j.server.boltUri, String(ARTICLES), String(WINDOW), String(NEO4J_WRITE_BATCH)], {
        cwd: ROOT,
        onLine: (line) => {
          const window = JSON.parse(line) as LoadWindow;
          windows.push(window);
          note(`  ${window.articles} articles: ${(window.windowArticles / window.windowSeconds).toFixed(0)} articles/s`);
        },
      }),
    );
    const first = windows[0];
    const last = windows[windows.length - 1];
    if (first === undefined || last === undefined) throw new Error('the Neo4j load reported nothing');
    const rate = (w: LoadWindow) => ({ articles: w.windowArticles / w.windowSeconds, written: w.windowWritten / w.windowSeconds });
    emit(`neo4j_first_${WINDOW}_articles_per_s`, rate(first).articles, 'articles/s');
    emit(`neo4j_first_${WINDOW}_written_per_s`, rate(first).written, 'nodes+relationships/s');
    emit(`neo4j_last_${WINDOW}_articles_per_s`, rate(last).articles, 'articles/s');
    emit(`neo4j_last_${WINDOW}_written_per_s`, rate(last).written, 'nodes+relationships/s');
    emit('neo4j_last_vs_first_ratio', rate(last).articles / rate(first).articles, 'ratio');
    // the first window also warms up a freshly started server (JIT, query plans): the second is the warm baseline
    const second = windows[1];
    if (second !== undefined) emit('neo4j_last_vs_second_window_ratio', rate(last).articles / rate(second).articles, 'ratio');
    const total = windows.reduce((sum, w) => ({ seconds: sum.seconds + w.windowSeconds, written: sum.written + w.windowWritten }), { seconds: 0, written: 0 });
    emit('neo4j_all_articles_per_s', ARTICLES / total.seconds, 'articles/s');
    emit('neo4j_all_written_per_s', total.written / total.seconds, 'nodes+relationships/s');
    emit(`neo4j_ingest_peak_rss_at_${WINDOW}_articles`, first.peakRssBytes / MB, 'MB');
    emit(`neo4j_ingest_peak_rss_at_${ARTICLES}_articles`, Math.max(last.peakRssBytes, load.peakRssBytes) / MB, 'MB');
    emit('neo4j_ingest_peak_rss_growth', Math.max(last.peakRssBytes, load.peakRssBytes) / first.peakRssBytes, 'ratio');

    const store = await openNeo4jStore({ uri: neo4j.server.boltUri, applySchema: false });
    try {
      const graph = await store.readGraph();
      emit('neo4j_facts', graph.size, 'relationships');
      emit('neo4j_max_fact_support', graph.reduceEdges((max, _key, attributes) => Math.max(max, attributes.articleCount), 0), 'articles');
    } finally {
      await store.close();
    }
  } finally {
    await neo4j.stop();
  }

  // the same articles as a first bulk load, with the same provenance (kg bulk-csv), through neo4j-admin
  const writer = await BulkCsvWriter.open(path.join(dir, 'import'));
  const csvStarted = performance.now();
  for (let i = 0; i < ARTICLES; i += 1) await writer.add(syntheticArticle(i));
  const csv = await writer.finish();
  const csvSeconds = (performance.now() - csvStarted) / 1000;
  const items = csv.nodes + csv.relationships;
  note(`bulk CSV: ${csv.nodes} nodes and ${csv.relationships} relationships in ${csv.files.length} files`);
  emit('bulk_csv_written_per_s', items / csvSeconds, 'nodes+relationships/s');
  const home = path.join(dir, 'import-home');
  const [boltPort, httpPort] = await findFreePorts(2);
  await writeNeo4jConf({ home, boltPort: boltPort ?? 7687, httpPort: httpPort ?? 7474, auth: false, heap: BENCH_SERVER_HEAP, pageCache: BENCH_SERVER_PAGE_CACHE });
  const started = performance.now();
  const imported = await runNeo4jAdmin(home, csv.args, { heap: BENCH_SERVER_HEAP });
  const seconds = (performance.now() - started) / 1000;
  if (!imported.ok) throw new Error(`neo4j-admin import failed:\n${imported.stdout.slice(-3000)}\n${imported.stderr.slice(-3000)}`);
  emit('bulk_import_nodes_relationships', items, 'nodes+relationships');
  emit('bulk_import_written_per_s', items / seconds, 'nodes+relationships/s');
  const done = /IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms/.exec(`${imported.stdout}\n${imported.stderr}`);
  if (done) {
    const importerSeconds = Number(done[1] ?? 0) * 60 + Number(done[2]) + Number(done[3]) / 1000;
    emit('bulk_import_written_per_s_importer_time', items / importerSeconds, 'nodes+relationships/s');
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-'));
  try {
    const corpus = benchCorpus(ROOT);
    const only = process.env['BENCH_ONLY']?.split(',');
    const runs = (part: string) => only === undefined || only.includes(part);
    if (runs('extract')) await benchExtraction(dir, corpus);
    if (runs('memory')) await benchStreamingMemory(dir, corpus);
    if (runs('neo4j')) await benchNeo4j(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  emit('bench_wall_s', (performance.now() - started) / 1000, 's');
}

await main();
