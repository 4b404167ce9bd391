// `kg bulk-csv`: articles into the CSV files of a first bulk load of Neo4j (neo4j-admin database import), with the
// provenance `kg ingest --neo4j` would write: articles, entities, facts, evidence records and statements.
import { Command } from 'commander';
import { readArticles } from '../sources/read-articles.js';
import { keepShard, parseShard } from '../pipeline/shard.js';
import { extractedItems, parseWorkerCount } from '../pipeline/workers.js';
import { BulkCsvWriter } from '../stores/neo4j/bulk-csv.js';
import { finishBatch, newTally, rejectArticle, takeArticle } from './report.js';
import { progress } from './progress.js';

export function bulkCsvCommand(): Command {
  return new Command('bulk-csv')
    .description('extract articles into CSV files for neo4j-admin database import: a first load of an empty Neo4j database, with full provenance')
    .argument('<inputs...>', 'files, directories, or - for JSON Lines on standard input')
    .requiredOption('--out <dir>', 'folder for the CSV files (created if missing)')
    .option('--database <name>', 'the database the printed neo4j-admin command imports into', 'neo4j')
    .option('--workers <n>', 'extract on N worker threads (articles are written in input order)', '1')
    .option('--shard <i/N>', 'keep only the articles whose id hashes into shard i of N (1-based)')
    .action(async (inputs: string[], flags: { out: string; database: string; workers: string; shard?: string }) => {
      const workers = parseWorkerCount(flags.workers);
      const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
      const items = shard === undefined ? readArticles(inputs) : keepShard(readArticles(inputs), shard);
      const results = await extractedItems(items, workers);
      const writer = await BulkCsvWriter.open(flags.out);
      const tally = newTally();
      const bar = progress('bulk-csv');
      let unchanged = 0;
      try {
        for await (const result of results) {
          if (!takeArticle(result.kind === 'bad' ? result : result.item, tally) || result.kind === 'bad') continue;
          bar.tick();
          const outcome = await writer.add(result.fragment);
          if (outcome === 'unchanged') unchanged++;
          else if (outcome !== 'written') rejectArticle(result.item, outcome.rejected, tally);
        }
      } finally {
        bar.stop();
      }
      const csv = await writer.finish({ database: flags.database });
      finishBatch(
        'wrote',
        tally,
        ` (${unchanged} repeated unchanged) as ${csv.nodes} nodes and ${csv.relationships} relationships in ${csv.files.length} CSV files under ${flags.out}`,
      );
      process.stderr.write(
        `Load them into an empty database with the server stopped, start it, then apply the schema:\n  ${csv.command}\n  kg neo4j schema --neo4j URI\n`,
      );
    });
}

