// `kg extract`: one JSON object per article on standard output (the SPEC section 4 contract).
import { Command } from 'commander';
import { readArticles } from '../sources/read-articles.js';
import { extractItems } from '../pipeline/articles.js';
import type { Extractor } from '../pipeline/extract-article.js';
import { keepShard, parseShard } from '../pipeline/shard.js';
import { extractLinesInWorkers, inProcessExtractor, parseWorkerCount, type ExtractedLine } from '../pipeline/workers.js';
import type { SourceItem } from '../schema/index.js';
import { finishBatch, newTally, takeArticle } from './report.js';
import { progress } from './progress.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract entities, relations and statements from articles; writes JSON Lines to standard output')
    .argument('<inputs...>', 'files, directories, or - for JSON Lines on standard input')
    .option('--workers <n>', 'extract on N worker threads (output order stays the input order)', '1')
    .option('--shard <i/N>', 'keep only the articles whose id hashes into shard i of N (1-based), to split a corpus across machines')
    .action(async (inputs: string[], flags: { workers: string; shard?: string }) => {
      const workers = parseWorkerCount(flags.workers);
      const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
      const items = shard === undefined ? readArticles(inputs) : keepShard(readArticles(inputs), shard);
      const results = workers > 1 ? extractLinesInWorkers(items, { workers }) : linesInProcess(items, await inProcessExtractor());
      const tally = newTally();
      const bar = progress('extract');
      for await (const result of results) {
        if (!takeArticle(result.kind === 'bad' ? result : result.item, tally) || result.kind === 'bad') continue;
        bar.tick();
        if (!process.stdout.write(`${result.line}\n`)) await new Promise((r) => process.stdout.once('drain', r));
      }
      bar.stop();
      finishBatch('extracted', tally);
    });
}

async function* linesInProcess(items: AsyncIterable<SourceItem>, extract: Extractor): AsyncGenerator<ExtractedLine> {
  for await (const result of extractItems(items, extract)) {
    yield result.kind === 'bad' ? result : { kind: 'article', item: result.item, line: JSON.stringify(result.extraction) };
  }
}
