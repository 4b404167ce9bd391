// Two writers at once on overlapping articles, against the real Neo4j: the graph is the one a single writer builds,
// with no duplicate node, fact, evidence record or link (SPEC section 5: safe to run from several processes at once).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GraphFragment } from '../../src/schema/index.js';
import { openEmbeddedStore } from '../../src/stores/embedded.js';
import { openNeo4jStore } from '../../src/stores/neo4j.js';
import { syntheticFragment } from '../stores/synthetic.js';
import { kg, writeSampleCorpus } from '../pipeline/run-kg.js';
import { canonicalGraph, neo4jDump, neo4jDuplicates } from '../properties/canonical-graph.js';
import { neo4jUri, useCleanNeo4j, wipeDatabase } from '../support/neo4j.js';

const driver = useCleanNeo4j();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-concurrency-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What one writer makes of `fragments`: the canonical graph (through the store) and the full Cypher dump. */
async function singleWriterGraph(fragments: readonly GraphFragment[]) {
  await wipeDatabase(driver());
  const store = await openNeo4jStore();
  try {
    await store.write(fragments);
    return { graph: await canonicalGraph(store), dump: await neo4jDump(driver()) };
  } finally {
    await store.close();
  }
}

describe('two stores writing overlapping articles at the same time', () => {
  // A small entity pool: the two writers merge the same entities and the same facts in most transactions.
  const fragments = Array.from({ length: 600 }, (_, i) => syntheticFragment(i, { entityPool: 40, idPrefix: 'conc' }));
  const first = fragments.slice(0, 400);
  const second = fragments.slice(200);

  test('build the graph one writer builds from their union, with 0 duplicates', async () => {
    await wipeDatabase(driver());
    // opened one after the other: the schema race on a fresh database has its own test below
    const a = await openNeo4jStore();
    const b = await openNeo4jStore();
    try {
      const writeAll = async (store: typeof a, articles: readonly GraphFragment[]) => {
        for (let i = 0; i < articles.length; i += 25) await store.write(articles.slice(i, i + 25));
      };
      await Promise.all([writeAll(a, first), writeAll(b, [...second].reverse())]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    expect(await neo4jDuplicates(driver())).toEqual([]);
    const store = await openNeo4jStore();
    const together = { graph: await canonicalGraph(store), dump: await neo4jDump(driver()) };
    await store.close();

    const alone = await singleWriterGraph(fragments);
    expect(together.graph.counts).toEqual(alone.graph.counts);
    expect(together.graph.counts.nodes['Article']).toBe(600);
    expect(together.graph).toEqual(alone.graph);
    expect(together.dump).toEqual(alone.dump);

    // and the same counts as the embedded store gives for the same articles
    const embedded = await openEmbeddedStore(path.join(dir, 'embedded'));
    try {
      await embedded.write(fragments);
      expect(await embedded.counts()).toEqual(alone.graph.counts);
    } finally {
      await embedded.close();
    }
  }, 300_000);
});

describe('stores opened at the same moment on a database without the schema', () => {
  test('all open: applying the schema concurrently is retried, not failed (deadlocks are transient)', async () => {
    await wipeDatabase(driver(), { schema: true });
    const opened = await Promise.allSettled([openNeo4jStore(), openNeo4jStore(), openNeo4jStore()]);
    await Promise.all(opened.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)));
    const failures = opened.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('two `kg ingest` processes on overlapping article sets at the same time', () => {
  test('give the same graph, counts and Cypher dump as one ingest of the union, with 0 duplicates', async () => {
    const firstFile = path.join(dir, 'first.jsonl');
    const secondFile = path.join(dir, 'second.jsonl');
    const unionFile = path.join(dir, 'union.jsonl');
    await writeSampleCorpus(firstFile, 0, 48);
    await writeSampleCorpus(secondFile, 24, 72);
    await writeSampleCorpus(unionFile, 0, 72);
    const env = { NEO4J_URI: neo4jUri() };

    await wipeDatabase(driver());
    const runs = await Promise.all([kg(['ingest', '--batch', '4', firstFile], env), kg(['ingest', '--batch', '4', secondFile], env)]);
    for (const run of runs) expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await neo4jDuplicates(driver())).toEqual([]);
    const store = await openNeo4jStore();
    const together = { graph: await canonicalGraph(store), dump: await neo4jDump(driver()) };
    await store.close();

    await wipeDatabase(driver());
    const one = await kg(['ingest', unionFile], env);
    expect(one.code).toBe(0);
    const single = await openNeo4jStore();
    const alone = { graph: await canonicalGraph(single), dump: await neo4jDump(driver()) };
    await single.close();

    expect(together.graph.counts).toEqual(alone.graph.counts);
    expect(together.graph.counts.nodes['Article']).toBe(72);
    expect(together.graph).toEqual(alone.graph);
    expect(together.dump).toEqual(alone.dump);
  }, 300_000);
});
