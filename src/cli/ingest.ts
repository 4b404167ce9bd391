// `kg ingest`: articles into the graph store (embedded by default, Neo4j with --neo4j), idempotently.
import { Command } from 'commander';
import { readArticles } from '../sources/read-articles.js';
import { createExtractor } from '../pipeline/extract-article.js';
import { batches, extractItems } from '../pipeline/articles.js';
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
      .option('--batch <n>', 'articles per write transaction', String(INGEST_BATCH_ARTICLES)),
  ).action(async (inputs: string[], flags: StoreFlags & { batch: string }) => {
    const store = await openStore(flags);
    const extract = createExtractor();
    const tally = newTally();
    const bar = progress('ingest');
    let written = 0;
    let unchanged = 0;
    let replaced = 0;
    try {
      for await (const batch of batches(extractItems(readArticles(inputs), extract), Math.max(1, Number(flags.batch) || INGEST_BATCH_ARTICLES))) {
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
