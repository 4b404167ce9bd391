// `kg extract`: one JSON object per article on standard output (the SPEC section 4 contract).
import { Command } from 'commander';
import { readArticles } from '../sources/read-articles.js';
import { createExtractor } from '../pipeline/extract-article.js';
import { extractItems } from '../pipeline/articles.js';
import { finishBatch, newTally, takeArticle } from './report.js';
import { progress } from './progress.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract entities, relations and statements from articles; writes JSON Lines to standard output')
    .argument('<inputs...>', 'files, directories, or - for JSON Lines on standard input')
    .action(async (inputs: string[]) => {
      const extract = createExtractor();
      const tally = newTally();
      const bar = progress('extract');
      for await (const result of extractItems(readArticles(inputs), extract)) {
        if (!takeArticle(result.kind === 'bad' ? result : result.item, tally) || result.kind === 'bad') continue;
        bar.tick();
        if (!process.stdout.write(`${JSON.stringify(result.extraction)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
      }
      bar.stop();
      finishBatch('extracted', tally);
    });
}
