// `kg eval gold DIR` and `kg eval conll FILE`: extraction quality, per type, with every error listed on --verbose.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { KgError } from '../errors.js';
import { GoldArticle, scoreArticles, type Score } from '../eval/gold.js';
import { scorePipelineOnConll } from '../eval/conll-pipeline.js';
import { isVerbose } from './verbosity.js';

function pct(value: number): string {
  return value.toFixed(3);
}

function line(label: string, s: Score): string {
  return `${label.padEnd(20)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function readGold(dir: string): GoldArticle[] {
  let files: string[];
  try {
    files = statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : [dir];
  } catch (cause) {
    throw new KgError('INPUT_NOT_FOUND', `gold folder ${dir} cannot be read`, { cause });
  }
  return files.map((file) => {
    const parsed = GoldArticle.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new KgError('EVAL_INVALID_GOLD', `${file} is not a gold article: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  });
}

export function evalCommand(): Command {
  const command = new Command('eval').description('measure extraction quality');
  command
    .command('gold')
    .description('score against gold articles (shared/eval/FORMAT.md): typed entities, relations, statements')
    .argument('<dir>', 'folder of gold JSON files')
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, flags: { json?: boolean }) => {
      const extract = (await import('../pipeline/extract-article.js')).createExtractor();
      const pairs = readGold(dir).map((gold) => ({
        gold,
        extraction: extract({ id: gold.id, text: gold.text, ...(gold.published ? { published: gold.published } : {}), ...(gold.title ? { title: gold.title } : {}) }),
      }));
      const report = scoreArticles(pairs);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const out: string[] = [`${pairs.length} gold articles`, line('entities (typed)', report.entities), line('relations', report.relations), line('statements', report.statements), '', 'entities by type'];
      for (const [type, s] of Object.entries(report.entitiesByType)) out.push(line(`  ${type}`, s));
      out.push('', 'relations by type');
      for (const [type, s] of Object.entries(report.relationsByType)) out.push(line(`  ${type}`, s));
      // the global --verbose (kg eval gold DIR --verbose)
      if (isVerbose()) {
        out.push('');
        for (const m of report.mismatches) out.push(`${m.article}  ${m.kind} ${m.error}: ${m.detail}`);
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
  command
    .command('conll')
    .description('score name recognition of the whole pipeline on a CoNLL-2003 file (PER/LOC/ORG, mentions of kind name)')
    .argument('<file>', 'CoNLL file, e.g. ../shared/conll2003/test.txt')
    .action(async (file: string) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (cause) {
        throw new KgError('INPUT_NOT_FOUND', `CoNLL file ${file} cannot be read`, { cause });
      }
      const started = Date.now();
      const { createExtractor } = await import('../pipeline/extract-article.js');
      const run = scorePipelineOnConll(text, createExtractor());
      const seconds = (Date.now() - started) / 1000;
      const out = [`${run.documents} documents, ${run.tokens} tokens, ${(run.tokens / seconds).toFixed(0)} tokens/s`];
      for (const [type, s] of Object.entries(run.scores.byType)) {
        out.push(`${type.padEnd(6)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`);
      }
      const m = run.scores.micro;
      out.push(`${'all'.padEnd(6)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}`);
      process.stdout.write(`${out.join('\n')}\n`);
    });
  return command;
}
