// Reporting bad records (file:line and reason) as they come, and the summary line at the end of a batch.
import type { SourceItem } from '../schema/index.js';
import { formatOrigin } from '../schema/index.js';

export interface BatchTally {
  articles: number;
  bad: number;
}

export function newTally(): BatchTally {
  return { articles: 0, bad: 0 };
}

/** Prints a bad record to stderr and counts it; returns the article of a good one. */
export function takeArticle(item: SourceItem, tally: BatchTally): Extract<SourceItem, { kind: 'article' }> | undefined {
  if (item.kind === 'bad') {
    tally.bad++;
    process.stderr.write(`${formatOrigin(item.origin)}: ${item.reason} [${item.code}]\n`);
    return undefined;
  }
  tally.articles++;
  return item;
}

/** An article taken (and counted) that the command could not use after all: it is counted and printed as bad instead. */
export function rejectArticle(item: Extract<SourceItem, { kind: 'article' }>, reason: string, tally: BatchTally): void {
  tally.articles--;
  takeArticle({ kind: 'bad', origin: item.origin, code: 'INPUT_INVALID_RECORD', reason }, tally);
}

/** Prints the summary; sets a non-zero exit code when any record was bad. */
export function finishBatch(verb: string, tally: BatchTally, extra = ''): void {
  const bad = tally.bad > 0 ? `, ${tally.bad} bad record${tally.bad === 1 ? '' : 's'} skipped` : '';
  process.stderr.write(`${verb} ${tally.articles} article${tally.articles === 1 ? '' : 's'}${bad}${extra}\n`);
  if (tally.bad > 0) process.exitCode = 1;
}
