// Text full of Cypher, quotes and backslashes is stored as text, in both stores: every value reaches Neo4j as a
// parameter, and labels and relationship types come only from the ontology.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES, type GraphFragment } from '../../src/schema/index.js';
import type { GraphStore } from '../../src/stores/store.js';
import { openEmbeddedStore } from '../../src/stores/embedded.js';
import { openNeo4jStore } from '../../src/stores/neo4j.js';
import { kg } from '../pipeline/run-kg.js';
import { HOSTILE_SNIPPETS } from '../properties/news-sentences.js';
import { neo4jUri, useCleanNeo4j, wipeDatabase } from '../support/neo4j.js';

const driver = useCleanNeo4j();

const ONTOLOGY_LABELS = new Set([...ENTITY_TYPES.flatMap((type) => ENTITY_LABELS[type]), 'Article', 'Statement', 'Evidence']);
const ONTOLOGY_TYPES = new Set<string>([...RELATION_TYPES, 'MENTIONS', 'SAID', 'FROM', 'ABOUT']);
/** A node the tests put in first: an injected `DETACH DELETE` would take it too. */
const SENTINEL = 'CREATE (:Sentinel {id: "still here"})';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-injection-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sentinelSurvives(): Promise<boolean> {
  const { records } = await driver().executeQuery('MATCH (s:Sentinel {id: "still here"}) RETURN count(s) AS n');
  return Number(records[0]?.get('n')) === 1;
}

async function databaseNames(): Promise<{ labels: string[]; types: string[] }> {
  const labels = await driver().executeQuery('MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label');
  const types = await driver().executeQuery('MATCH ()-[r]->() RETURN DISTINCT type(r) AS type');
  return { labels: labels.records.map((r) => r.get('label') as string).sort(), types: types.records.map((r) => r.get('type') as string).sort() };
}

const hostileText = (i: number): string =>
  `Poland sent 2,000 troops to Lithuania. ${HOSTILE_SNIPPETS.join(' ')} "We will not back down, ${HOSTILE_SNIPPETS[i % HOSTILE_SNIPPETS.length]}," ` +
  `Polish Defence Minister Tomasz Wilk said. The European Union imposed sanctions on Russia over \\"${HOSTILE_SNIPPETS[(i + 3) % HOSTILE_SNIPPETS.length]}\\".`;

describe('articles full of Cypher, quotes and backslashes, through `kg ingest`', () => {
  const articles = HOSTILE_SNIPPETS.map((snippet, i) => ({ id: `hostile-${i}-${snippet}`, title: snippet, source: `${snippet} Wire`, url: `https://example.org/?q=${snippet}`, text: hostileText(i) }));

  test('are stored in Neo4j exactly as text, and nothing they say runs', async () => {
    await wipeDatabase(driver());
    await driver().executeQuery(SENTINEL);
    const file = path.join(dir, 'hostile.jsonl');
    await writeFile(file, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    const run = await kg(['ingest', file], { NEO4J_URI: neo4jUri() });
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });

    const { records } = await driver().executeQuery('MATCH (a:Article) RETURN a.id AS id, a.text AS text, a.title AS title, a.source AS source, a.url AS url ORDER BY id');
    expect(records.map((r) => ({ id: r.get('id'), title: r.get('title'), source: r.get('source'), url: r.get('url'), text: r.get('text') }))).toEqual(
      [...articles].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(await sentinelSurvives()).toBe(true);
    const names = await databaseNames();
    expect(names.labels.filter((label) => !ONTOLOGY_LABELS.has(label))).toEqual(['Sentinel']);
    expect(names.types.filter((type) => !ONTOLOGY_TYPES.has(type))).toEqual([]);
    // the facts of the plain sentences are there, the hostile text around them notwithstanding
    const deployed = await driver().executeQuery("MATCH (:Country {id: 'country:POL'})-[r:DEPLOYED_TO]->(:Country {id: 'country:LTU'}) RETURN r.articleCount AS n");
    expect(Number(deployed.records[0]?.get('n'))).toBe(articles.length);
  }, 180_000);

  test('are stored in the embedded store exactly as text (the evidence sentences read back from it)', async () => {
    const store = path.join(dir, 'embedded');
    const file = path.join(dir, 'hostile-embedded.jsonl');
    await writeFile(file, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    expect((await kg(['ingest', '--store', store, file])).code).toBe(0);
    const embedded = await openEmbeddedStore(store, { readOnly: true });
    try {
      const sentences = await embedded.evidence('org:european-union', 'SANCTIONS', 'country:RUS');
      expect(sentences).toHaveLength(articles.length);
      for (const sentence of sentences) {
        const article = articles.find((a) => a.id === sentence.article);
        expect(article?.text.slice(sentence.start, sentence.end)).toBe(sentence.sentence);
        expect(sentence.sentence).toMatch(/^The European Union imposed sanctions on Russia over \\"/);
      }
    } finally {
      await embedded.close();
    }
  }, 180_000);
});

/** A fragment whose every string (ids, names, aliases, title, quote, article fields) is hostile. */
function hostileFragment(i: number): GraphFragment {
  const s = (k: number): string => HOSTILE_SNIPPETS[(i + k) % HOSTILE_SNIPPETS.length] as string;
  const official = `person:${s(0)}`;
  const country = `country:${s(1)}`;
  const quote = `"${s(2)}"`;
  const text = `${s(3)} met ${s(4)}. ${quote}`;
  return {
    article: { id: `fragment-${i}-${s(5)}`, text, title: s(6), source: s(7), url: s(0), published: '2024-05-01', contentHash: `hash-${i}` },
    nodes: [
      { id: official, type: 'Official', name: s(1), aliases: [s(2), s(3)], mentions: 1 },
      { id: country, type: 'Country', name: s(4), aliases: [s(5)], mentions: 2 },
    ],
    facts: [{ key: `fact-${s(6)}`, type: 'HOLDS_POSITION', source: official, target: country, title: s(7), evidence: [{ start: 0, end: text.indexOf('.') + 1 }], date: '2024-05-01' }],
    statements: [{ id: `statement-${i}-${s(1)}`, speaker: official, quote, start: text.lastIndexOf(quote), end: text.length, about: [country] }],
  };
}

describe.each([
  ['Neo4j', async (): Promise<GraphStore> => {
    await wipeDatabase(driver());
    await driver().executeQuery(SENTINEL);
    return openNeo4jStore();
  }],
  ['embedded', async (): Promise<GraphStore> => openEmbeddedStore(await mkdtemp(path.join(dir, 'fragments-')))],
])('fragments whose every string is hostile, in the %s store', (_name, open) => {
  const fragments = HOSTILE_SNIPPETS.map((_s, i) => hostileFragment(i));

  test('read back exactly: names, aliases, titles and evidence sentences', async () => {
    const store = await open();
    try {
      expect(await store.write(fragments)).toEqual({ written: fragments.length, unchanged: 0, replaced: 0 });
      const graph = await store.readGraph({ withEvidence: true });
      for (const fragment of fragments) {
        for (const node of fragment.nodes) {
          expect(graph.getNodeAttribute(node.id, 'label')).toBe(node.name);
          for (const alias of node.aliases) expect(graph.getNodeAttribute(node.id, 'aliases')).toContain(alias);
        }
        const fact = fragment.facts[0];
        if (fact === undefined) throw new Error('fixture has a fact');
        expect(graph.getEdgeAttribute(fact.key, 'title')).toBe(fact.title);
        const sentence = fragment.article.text.slice(0, fragment.article.text.indexOf('.') + 1);
        expect(graph.getEdgeAttribute(fact.key, 'evidence')).toContainEqual(expect.objectContaining({ article: fragment.article.id, sentence }));
      }
      expect(await store.write(fragments)).toEqual({ written: 0, unchanged: fragments.length, replaced: 0 });
      if (store.kind === 'neo4j') {
        expect(await sentinelSurvives()).toBe(true);
        const quotes = await driver().executeQuery('MATCH (s:Statement) RETURN s.quote AS quote');
        expect(quotes.records.map((r) => r.get('quote') as string).sort()).toEqual(fragments.map((f) => f.statements[0]?.quote).sort());
      }
    } finally {
      await store.close();
    }
  }, 120_000);

  test('an entity type or relation type outside the ontology is refused and nothing is written', async () => {
    const store = await open();
    try {
      const before = await store.counts();
      const badLabel = { ...hostileFragment(0), nodes: hostileFragment(0).nodes.map((n, k) => (k === 0 ? { ...n, type: 'Country:Pwned' } : n)) } as unknown as GraphFragment;
      const badType = { ...hostileFragment(1), facts: hostileFragment(1).facts.map((f) => ({ ...f, type: 'MEETS]->() DETACH DELETE n //' })) } as unknown as GraphFragment;
      for (const fragment of [badLabel, badType]) {
        await expect(store.write([fragment])).rejects.toThrow();
      }
      expect(await store.counts()).toEqual(before);
      if (store.kind === 'neo4j') {
        expect(await sentinelSurvives()).toBe(true);
        expect((await databaseNames()).labels).not.toContain('Pwned');
      }
    } finally {
      await store.close();
    }
  }, 120_000);
});
