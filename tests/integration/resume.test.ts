// A `kg ingest` killed with SIGKILL mid-way, then run again, leaves the graph a clean run leaves, in both stores;
// the embedded store it left behind opens (never half-written).
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../src/stores/embedded.js';
import { openNeo4jStore } from '../../src/stores/neo4j.js';
import { finished, kg, spawnKg, writeSampleCorpus } from '../pipeline/run-kg.js';
import { canonicalGraph, neo4jDump, neo4jDuplicates } from '../properties/canonical-graph.js';
import { neo4jUri, useCleanNeo4j, wipeDatabase } from '../support/neo4j.js';

const driver = useCleanNeo4j();
const ARTICLES = 160;
const POLL_MS = 50;

let dir: string;
let corpus: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-resume-'));
  corpus = path.join(dir, 'corpus.jsonl');
  await writeSampleCorpus(corpus, 0, ARTICLES);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Starts `kg ingest ARGS`, waits until `started` says some of it is written, then SIGKILLs it. */
async function ingestKilledMidway(args: readonly string[], env: NodeJS.ProcessEnv, started: () => Promise<boolean>): Promise<void> {
  const child = spawnKg(['ingest', '--batch', '8', ...args, corpus], env);
  const result = finished(child);
  let exited = false;
  void result.then(() => (exited = true));
  await until(async () => exited || (await started()), 'the ingest has written something');
  child.kill('SIGKILL');
  const run = await result;
  if (run.signal !== 'SIGKILL') throw new Error(`the ingest finished before it could be killed (exit ${run.code}): make the corpus longer\n${run.stderr}`);
}

describe('embedded store', () => {
  test('a killed ingest rerun gives the graph of a clean ingest', async () => {
    const killed = path.join(dir, 'killed-store');
    const clean = path.join(dir, 'clean-store');
    const journalBytes = async (): Promise<number> => {
      const names = await readdir(killed).catch(() => [] as string[]);
      const sizes = await Promise.all(names.filter((n) => n.startsWith('journal-')).map((n) => stat(path.join(killed, n)).then((s) => s.size, () => 0)));
      return sizes.reduce((a, b) => a + b, 0);
    };
    await ingestKilledMidway(['--store', killed], {}, async () => (await journalBytes()) > 0);

    // what the kill left opens, and holds some but not all of the articles
    const left = await openEmbeddedStore(killed, { readOnly: true });
    const partial = (await left.counts()).nodes['Article'] ?? 0;
    await left.close();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ARTICLES);

    const rerun = await kg(['ingest', '--store', killed, corpus]);
    expect(rerun.stderr).toContain(`ingested ${ARTICLES} articles (${ARTICLES - partial} new, 0 replaced, ${partial} unchanged)`);
    expect((await kg(['ingest', '--store', clean, corpus])).code).toBe(0);

    const [resumed, reference] = await Promise.all([openEmbeddedStore(killed, { readOnly: true }), openEmbeddedStore(clean, { readOnly: true })]);
    try {
      const graph = await canonicalGraph(resumed);
      expect(graph.counts.nodes['Article']).toBe(ARTICLES);
      expect(graph).toEqual(await canonicalGraph(reference));
    } finally {
      await Promise.all([resumed.close(), reference.close()]);
    }
  }, 300_000);
});

describe('Neo4j', () => {
  test('a killed ingest rerun gives the graph, counts and Cypher dump of a clean ingest', async () => {
    const env = { NEO4J_URI: neo4jUri() };
    const articles = async (): Promise<number> => Number((await driver().executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get('n') ?? 0);
    await wipeDatabase(driver());
    await ingestKilledMidway([], env, async () => (await articles()) > 0);
    const partial = await articles();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ARTICLES);

    const rerun = await kg(['ingest', corpus], env);
    expect(rerun.code).toBe(0);
    expect(await neo4jDuplicates(driver())).toEqual([]);
    const store = await openNeo4jStore();
    const resumed = { graph: await canonicalGraph(store), dump: await neo4jDump(driver()) };
    await store.close();

    await wipeDatabase(driver());
    expect((await kg(['ingest', corpus], env)).code).toBe(0);
    const cleanStore = await openNeo4jStore();
    const clean = { graph: await canonicalGraph(cleanStore), dump: await neo4jDump(driver()) };
    await cleanStore.close();

    expect(resumed.graph.counts.nodes['Article']).toBe(ARTICLES);
    expect(resumed.graph.counts).toEqual(clean.graph.counts);
    expect(resumed.graph).toEqual(clean.graph);
    expect(resumed.dump).toEqual(clean.dump);
  }, 300_000);
});
