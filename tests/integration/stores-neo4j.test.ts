// The Neo4j store against a real server: the conformance suite, then the data model an analyst queries in Cypher.
import neo4j, { type Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../../src/schema/index.js';
import { openNeo4jStore, type Neo4jStore } from '../../src/stores/neo4j.js';
import { applySchema } from '../../src/stores/neo4j/schema.js';
import { describeStoreConformance } from '../stores/conformance.js';
import { a1, a2, a3, ACCORD, ALL, ANA, ANA_MEETS_LUNE, ANA_PRESIDENT, DEU, DEU_SIGNED, FRA, FRA_SIGNED, LUNE, USA } from '../stores/fixtures.js';

const URI = process.env['NEO4J_URI'];
if (!URI) throw new Error('NEO4J_URI is not set: the jest global setup starts a Neo4j, or point NEO4J_URI at one (`kg neo4j start`).');
const PASSWORD = process.env['NEO4J_PASSWORD'];
const AUTH = PASSWORD === undefined ? undefined : neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', PASSWORD);

let admin: Driver;
let shared: Neo4jStore;
beforeAll(async () => {
  admin = neo4j.driver(URI, AUTH, { disableLosslessIntegers: true });
  await wipe();
  shared = await openNeo4jStore();
});
afterAll(async () => {
  await shared.close();
  await admin.close();
});

/** Integration files run one at a time against their worker's server; each test starts from an empty database. */
async function wipe(): Promise<void> {
  await admin.executeQuery('MATCH (n) DETACH DELETE n');
}

async function query<T = unknown>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await admin.executeQuery(cypher, parameters);
  return records.map((record) => record.toObject() as T);
}

/** One store (schema applied once) for the whole file; its `close` is the file's business, not a test's. */
describeStoreConformance('neo4j', async () => {
  await wipe();
  return { ...shared, close: async () => {} };
});

describe('neo4j data model', () => {
  beforeEach(async () => {
    await wipe();
    await shared.write(ALL);
  });

  test('keeps each article\'s evidence for a fact as its own record, found by the fact key', async () => {
    const evidence = await query<{ id: string; article: string; starts: number[]; ends: number[]; dates: string[] }>(
      'MATCH (v:Evidence {fact: $key}) RETURN v.id AS id, v.article AS article, v.starts AS starts, v.ends AS ends, v.dates AS dates ORDER BY article',
      { key: ANA_PRESIDENT },
    );
    expect(evidence).toEqual([
      { id: `${ANA_PRESIDENT}|a1`, article: 'a1', starts: [0], ends: [54], dates: ['2024-03-01'] },
      { id: `${ANA_PRESIDENT}|a2`, article: 'a2', starts: [47], ends: [96], dates: ['2024-03-05'] },
    ]);
  });

  test('the fact relationship holds its key, counts and dates, and no arrays', async () => {
    const [fact] = await query<{ properties: Record<string, unknown> }>(
      'MATCH (:Entity {id: $source})-[f:HOLDS_POSITION]->(:Entity {id: $target}) RETURN properties(f) AS properties',
      { source: ANA, target: USA },
    );
    expect(fact?.properties).toEqual({ key: ANA_PRESIDENT, title: 'President', articleCount: 2, firstSeen: '2024-03-01', lastSeen: '2024-03-05' });
  });

  test('an analyst reads the sentence behind a relationship from the article text by its offsets', async () => {
    const rows = await query<{ sentence: string }>(
      `MATCH (:Entity {id: $source})-[f:HOLDS_POSITION]->(:Entity {id: $target})
       MATCH (v:Evidence {fact: f.key}) MATCH (a:Article {id: v.article})
       RETURN substring(a.text, v.starts[0], v.ends[0] - v.starts[0]) AS sentence ORDER BY v.article`,
      { source: ANA, target: USA },
    );
    expect(rows.map((row) => row.sentence)).toEqual([
      'American President Ana Sol arrived in Paris on Monday.',
      'Ana Sol, the US president, flew home a day later.',
    ]);
  });

  test('labels accumulate: an Official is also a Person and an Entity', async () => {
    const [lune] = await query<{ labels: string[]; type: string }>('MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels, e.type AS type', { id: LUNE });
    expect([...(lune?.labels ?? [])].sort()).toEqual(['Entity', 'Official', 'Person']);
    expect(lune?.type).toBe('Official');
  });

  test('articles hold their text, statements link speaker, article and subject', async () => {
    const [article] = await query<{ properties: Record<string, unknown> }>('MATCH (a:Article {id: "a1"}) RETURN properties(a) AS properties');
    expect(article?.properties).toEqual({ id: 'a1', text: a1.article.text, title: 'Sol in Paris', source: 'Test Wire', published: '2024-03-01', contentHash: 'hash-a1' });
    const statements = await query(
      `MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:FROM]->(a:Article), (s)-[:ABOUT]->(about:Entity)
       RETURN speaker.id AS speaker, s.quote AS quote, s.start AS start, s.end AS end, a.id AS article, about.id AS about`,
    );
    expect(statements).toEqual([{ speaker: ANA, quote: 'We stand together with France,', start: 125, end: 155, article: 'a1', about: FRA }]);
  });

  test('MENTIONS carry the count and the names the article uses', async () => {
    const [mention] = await query('MATCH (:Article {id: "a1"})-[m:MENTIONS]->(:Entity {id: $id}) RETURN m.count AS count, m.names AS names', { id: FRA });
    expect(mention).toEqual({ count: 2, names: ['France', 'French'] });
  });

  test('entities are found by name or alias through the full-text index', async () => {
    const rows = await query<{ id: string }>("CALL db.index.fulltext.queryNodes('entity_names', 'American') YIELD node RETURN node.id AS id");
    expect(rows.map((row) => row.id)).toEqual([USA]);
  });
});

describe('neo4j subgraphs', () => {
  beforeAll(async () => {
    await wipe();
    await shared.write(ALL);
  });

  test('reads the ego network a path query returns', async () => {
    const graph = await shared.readSubgraph('MATCH p = (:Entity {id: $id})-[]-(:Entity) RETURN p', { id: ANA });
    expect(graph.nodes().sort()).toEqual([ANA, LUNE, USA].sort());
    expect(graph.edges().sort()).toEqual([ANA_MEETS_LUNE, ANA_PRESIDENT]);
    expect(graph.getNodeAttributes(USA)).toEqual({ id: USA, type: 'Country', label: 'United States', aliases: ['American', 'US'], articleCount: 2, lat: 39.8, lon: -98.6 });
  });

  test('fetches the ends of relationships returned without them, and skips what is not an entity fact', async () => {
    const graph = await shared.readSubgraph('MATCH (a:Article {id: "a3"})-[m:MENTIONS]->(e) MATCH ()-[r:SIGNED]->() RETURN a, m, r', {}, { withEvidence: true });
    expect(graph.nodes().sort()).toEqual([ACCORD, DEU, FRA]);
    expect(graph.edges().sort()).toEqual([DEU_SIGNED, FRA_SIGNED]);
    expect(graph.getEdgeAttribute(DEU_SIGNED, 'evidence')).toEqual([
      { article: 'a3', start: 0, end: 54, sentence: 'Germany and France signed the Harbor Accord on Sunday.', date: '2024-03-10' },
    ]);
  });
});

describe('neo4j connection and schema', () => {
  test('an unreachable server is NEO4J_UNAVAILABLE, saying what to do', async () => {
    const failure = await openNeo4jStore({ uri: 'bolt://127.0.0.1:1' }).then(() => undefined, (error: unknown) => error);
    expect(failure).toMatchObject({ code: 'NEO4J_UNAVAILABLE' });
    expect((failure as Error).message).toContain('kg neo4j start');
    expect((failure as Error).message).not.toContain('\n');
  });

  test('a routing neo4j:// URI works as well as bolt://', async () => {
    const store = await openNeo4jStore({ uri: URI.replace(/^bolt:/, 'neo4j:'), applySchema: false });
    try {
      await wipe();
      await store.write([a3]);
      expect((await store.counts()).relationships['SIGNED']).toBe(2);
    } finally {
      await store.close();
    }
  });

  test('the schema applies again without change and constrains every fact type', async () => {
    await applySchema(admin);
    const names = (await query<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name')).map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['entity_id', 'article_id', 'statement_id', 'evidence_id']));
    for (const type of RELATION_TYPES) expect(names).toContain(`fact_key_${type.toLowerCase()}`);
    const indexes = (await query<{ name: string }>('SHOW INDEXES YIELD name RETURN name')).map((row) => row.name);
    expect(indexes).toEqual(expect.arrayContaining(['evidence_fact', 'evidence_article', 'entity_names']));
  });

  test('two processes writing overlapping articles at once count each article once', async () => {
    await wipe();
    const other = await openNeo4jStore({ applySchema: false });
    try {
      await Promise.all([shared.write([a1, a2]), other.write([a2, a3]), shared.write([a3, a1]), other.write([a2])]);
      const graph = await shared.readGraph();
      expect(graph.getEdgeAttribute(ANA_PRESIDENT, 'articleCount')).toBe(2);
      expect(graph.getEdgeAttribute(ANA_MEETS_LUNE, 'articleCount')).toBe(2);
      expect((await shared.counts()).totalRelationships).toBe(22);
      expect((await shared.counts()).totalNodes).toBe(12);
    } finally {
      await other.close();
    }
  });
});
