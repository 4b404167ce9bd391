// `kg extract` and `kg ingest` with --workers and --shard, run as the user runs them (bin/kg.js over dist/).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../src/stores/embedded.js';
import { kg as runKg, SAMPLES, type KgRun } from './run-kg.js';

type Run = KgRun;
const kg = (...args: string[]): Promise<Run> => runKg(args);

const lines = (run: Run): string[] => run.stdout.split('\n').filter((line) => line !== '');
const idOf = (line: string): string => (JSON.parse(line) as { article: { id: string } }).article.id;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-cli-workers-'));
});

/** The one-thread output, run alongside the runs compared with it (so that both see the same build and weights). */
async function alongside<T>(other: Promise<T>): Promise<[Run, T]> {
  const [single, result] = await Promise.all([kg('extract', SAMPLES), other]);
  if (single.code !== 0) throw new Error(`kg extract failed: ${single.stderr}`);
  return [single, result];
}
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kg extract --workers', () => {
  test('writes byte for byte what one thread writes, in the same order', async () => {
    const [single, parallel] = await alongside(kg('extract', '--workers', '2', SAMPLES));
    expect(parallel.code).toBe(0);
    expect(lines(single).length).toBeGreaterThanOrEqual(10);
    // same ids in the same order, then the same bytes (named by id when they differ: the lines are long)
    expect(lines(parallel).map(idOf)).toEqual(lines(single).map(idOf));
    expect(lines(parallel).filter((line, i) => line !== lines(single)[i]).map(idOf)).toEqual([]);
    expect(parallel.stdout).toBe(single.stdout);
  });

  test('reports bad records with file:line in their place, writes every good one, exits 1', async () => {
    const file = path.join(dir, 'mixed.jsonl');
    const good = (i: number) => JSON.stringify({ id: `good-${i}`, text: `Poland sent 200 troops to Lithuania on Monday, officials said (${i}).` });
    await writeFile(file, [good(1), '{"id": "broken",', good(2), good(3), '{"id": "no-text"}', good(4)].join('\n'));
    const run = await kg('extract', '--workers', '2', file);
    expect(run.code).toBe(1);
    expect(lines(run).map(idOf)).toEqual(['good-1', 'good-2', 'good-3', 'good-4']);
    expect(run.stderr).toContain(`${file}:2:`);
    expect(run.stderr).toContain(`${file}:5:`);
    expect(run.stderr).toContain('extracted 4 articles, 2 bad records skipped');
  });

  test.each([['0'], ['two'], ['1.5']])('refuses --workers %s with a one-line CONFIG_INVALID error', async (value) => {
    const run = await kg('extract', '--workers', value, SAMPLES);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kg: --workers .* is not a worker count: give a whole number from 1 to 256 \[CONFIG_INVALID\]\n/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('kg extract --shard', () => {
  test('three shards write disjoint parts of the output that together are all of it, each in input order', async () => {
    const [single, parts] = await alongside(Promise.all(['1/3', '2/3', '3/3'].map((shard) => kg('extract', '--shard', shard, SAMPLES))));
    const all = lines(single);
    for (const part of parts) expect(part.code).toBe(0);
    const partLines = parts.map(lines);
    const lineOf = new Map(all.map((line) => [idOf(line), line]));
    expect(partLines.flat().map(idOf).sort()).toEqual([...lineOf.keys()].sort());
    for (const part of partLines) {
      const ids = part.map(idOf);
      expect(ids).toEqual(all.map(idOf).filter((id) => ids.includes(id)));
      expect(part.filter((line) => lineOf.get(idOf(line)) !== line).map(idOf)).toEqual([]);
    }
  });

  test('refuses --shard 4/3 with CONFIG_INVALID', async () => {
    const run = await kg('extract', '--shard', '4/3', SAMPLES);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[CONFIG_INVALID]');
  });
});

describe('kg ingest --workers', () => {
  test('builds the same embedded graph as one thread', async () => {
    const one = path.join(dir, 'store-one');
    const two = path.join(dir, 'store-two');
    expect((await kg('ingest', '--store', one, SAMPLES)).code).toBe(0);
    expect((await kg('ingest', '--store', two, '--workers', '2', '--batch', '3', SAMPLES)).code).toBe(0);
    const [a, b] = await Promise.all([openEmbeddedStore(one, { readOnly: true }), openEmbeddedStore(two, { readOnly: true })]);
    try {
      expect(await b.counts()).toEqual(await a.counts());
      expect((await b.readGraph({ withEvidence: true })).export()).toEqual((await a.readGraph({ withEvidence: true })).export());
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
