// `kg ingest`: articles into the graph store (embedded by default, Neo4j with --neo4j), idempotently.
import { Command } from 'commander';
import { readArticles } from '../sources/read-articles.js';
import { batches } from '../pipeline/articles.js';
import { keepShard, parseShard } from '../pipeline/shard.js';
import { extractedItems, parseWorkerCount } from '../pipeline/workers.js';
import type { GraphFragment } from '../schema/index.js';
import { finishBatch, newTally, takeArticle } from './report.js';
import { progress } from './progress.js';
import { openStore, withStoreOptions, type StoreFlags } from './store-options.js';

const INGEST_BATCH_ARTICLES = 200;

export function ingestCommand(): Command {
  return withStoreOptions(
    new Command('ingest')
      .description('extract articles and write their facts, with provenance, to the graph store')
      .argument('<inputs...>', 'files, directories, or - for JSON Lines on standard input')
      .option('--batch <n>', 'articles per write transaction', String(INGEST_BATCH_ARTICLES))
      .option('--workers <n>', 'extract on N worker threads (articles are written in input order)', '1')
      .option('--shard <i/N>', 'keep only the articles whose id hashes into shard i of N (1-based), to split a corpus across machines'),
  ).action(async (inputs: string[], flags: StoreFlags & { batch: string; workers: string; shard?: string }) => {
    const workers = parseWorkerCount(flags.workers);
    const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
    const items = shard === undefined ? readArticles(inputs) : keepShard(readArticles(inputs), shard);
    // the in-process extractor loads (and fails on missing weights) before the store is opened
    const results = await extractedItems(items, workers);
    const store = await openStore(flags);
    const tally = newTally();
    const bar = progress('ingest');
    let written = 0;
    let unchanged = 0;
    let replaced = 0;
    try {
      for await (const batch of batches(results, Math.max(1, Number(flags.batch) || INGEST_BATCH_ARTICLES))) {
        const fragments: GraphFragment[] = [];
        for (const result of batch) {
          if (!takeArticle(result.kind === 'bad' ? result : result.item, tally) || result.kind === 'bad') continue;
          fragments.push(result.fragment);
          bar.tick();
        }
        if (fragments.length === 0) continue;
        const summary = await store.write(fragments);
        written += summary.written;
        unchanged += summary.unchanged;
        replaced += summary.replaced;
      }
    } finally {
      bar.stop();
      await store.close();
    }
    finishBatch('ingested', tally, ` (${written} new, ${replaced} replaced, ${unchanged} unchanged) into ${store.kind === 'neo4j' ? 'Neo4j' : flags.store ?? '.kg'}`);
  });
}
