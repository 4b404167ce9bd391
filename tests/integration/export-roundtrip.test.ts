// Exports loaded into the real Neo4j: the Cypher script through Bolt, the CSV files through neo4j-admin import; values come back exactly.
import path from 'node:path';
import { writeCypherScript } from '../../src/export/cypher-script.js';
import { writeNeo4jAdminCsv } from '../../src/export/neo4j-admin-csv.js';
import { ENTITY_LABELS, type EntityType } from '../../src/schema/index.js';
import { buildFixtureGraph, HOSTILE_NAME, MULTILINE_ALIAS } from '../export/fixture.js';
import { useImportedNeo4j } from '../support/imported-neo4j.js';
import { useCleanNeo4j } from '../support/neo4j.js';

const driver = useCleanNeo4j();

async function loadScript(script: string): Promise<void> {
  const statements = script.split(';\n').map((s) => s.trim()).filter((s) => s.length > 0);
  for (const statement of statements) await driver().executeQuery(statement);
}

async function count(query: string): Promise<number> {
  const { records } = await driver().executeQuery(query);
  return Number(records[0]?.get(0));
}

describe('Cypher script export round trip', () => {
  const graph = buildFixtureGraph();
  // Small batches, so more than one statement writes some types.
  const script = writeCypherScript(graph, { batchSize: 1 });

  beforeAll(async () => {
    await loadScript(script);
  });

  test('creates one :Entity node per entity and one relationship per fact', async () => {
    expect(await count('MATCH (n:Entity) RETURN count(n)')).toBe(graph.order);
    expect(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)')).toBe(graph.size);
  });

  test('gives each entity the labels of its type', async () => {
    const { records } = await driver().executeQuery('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels');
    for (const record of records) {
      const type = graph.getNodeAttribute(record.get('id') as string, 'type') as EntityType;
      expect([...(record.get('labels') as string[])].sort()).toEqual([...ENTITY_LABELS[type]].sort());
    }
  });

  test('writes relationships of each type between the right entities, with their properties', async () => {
    const { records } = await driver().executeQuery(
      'MATCH (a:Entity)-[r]->(b:Entity) RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target, r.articleCount AS articles',
    );
    const read = Object.fromEntries(records.map((r) => [r.get('key'), [r.get('type'), r.get('source'), r.get('target'), Number(r.get('articles'))]]));
    const expected = Object.fromEntries(graph.mapEdges((key, a, source, target) => [key, [a.type, source, target, a.articleCount]]));
    expect(read).toEqual(expected);
    const deployed = await driver().executeQuery("MATCH ()-[r:DEPLOYED_TO {key: 'f-deployed'}]->() RETURN r.quantity AS q, r.firstSeen AS f");
    expect([Number(deployed.records[0]?.get('q')), deployed.records[0]?.get('f')]).toEqual([10000, '2024-02-01']);
  });

  test('reads back names with quotes, backslashes, line breaks and non-ASCII exactly', async () => {
    const { records } = await driver().executeQuery(
      "MATCH (n:Entity) WHERE n.id IN ['org:ministry-of-defence', 'org:obrien-media', 'agreement:minsk-ii'] RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id",
    );
    expect(records.map((r) => [r.get('id'), r.get('name'), r.get('aliases')])).toEqual([
      ['agreement:minsk-ii', 'Minsk II', ['C:\\treaties\\minsk']],
      ['org:ministry-of-defence', HOSTILE_NAME, ['MoD', 'Ministère de la Défense']],
      ['org:obrien-media', `O'Brien & Sons "Media"`, [MULTILINE_ALIAS]],
    ]);
  });

  test('stores coordinates as floats even when they are whole numbers', async () => {
    const { records } = await driver().executeQuery("MATCH (n:Entity {id: 'country:RUS'}) RETURN n.lat AS lat, n.lon AS lon, valueType(n.lat) AS t");
    expect([records[0]?.get('lat'), records[0]?.get('lon'), records[0]?.get('t')]).toEqual([60, 100, 'FLOAT NOT NULL']);
  });

  test('changes nothing when loaded a second time', async () => {
    await loadScript(script);
    expect(await count('MATCH (n:Entity) RETURN count(n)')).toBe(graph.order);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(graph.size);
  });
});

describe('neo4j-admin CSV export round trip', () => {
  const graph = buildFixtureGraph();
  const server = useImportedNeo4j(async (home) => (await writeNeo4jAdminCsv(graph, path.join(home, 'import'))).args);

  async function query(cypher: string) {
    return (await server.driver().executeQuery(cypher)).records;
  }

  test('imports one node per entity with the labels of its type, and one relationship per fact', async () => {
    const nodes = await query('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels');
    expect(nodes).toHaveLength(graph.order);
    for (const record of nodes) {
      const type = graph.getNodeAttribute(record.get('id') as string, 'type') as EntityType;
      expect([...(record.get('labels') as string[])].sort()).toEqual([...ENTITY_LABELS[type]].sort());
    }
    const facts = await query('MATCH (a)-[r]->(b) RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target');
    const read = Object.fromEntries(facts.map((r) => [r.get('key'), [r.get('type'), r.get('source'), r.get('target')]]));
    expect(read).toEqual(Object.fromEntries(graph.mapEdges((key, a, source, target) => [key, [a.type, source, target]])));
  });

  test('reads back names, alias lists with quotes, backslashes and line breaks, and typed numbers exactly', async () => {
    const records = await query(
      "MATCH (n:Entity) WHERE n.id IN ['org:ministry-of-defence', 'org:obrien-media', 'agreement:minsk-ii', 'country:RUS'] "
        + 'RETURN n.id AS id, n.name AS name, n.aliases AS aliases, valueType(n.lat) AS lat, valueType(n.articleCount) AS articles ORDER BY id',
    );
    expect(records.map((r) => [r.get('id'), r.get('name'), r.get('aliases'), r.get('lat'), r.get('articles')])).toEqual([
      ['agreement:minsk-ii', 'Minsk II', ['C:\\treaties\\minsk'], 'NULL', 'INTEGER NOT NULL'],
      ['country:RUS', 'Russia', ['Moscow', 'Russian Federation'], 'FLOAT NOT NULL', 'INTEGER NOT NULL'],
      ['org:ministry-of-defence', HOSTILE_NAME, ['MoD', 'Ministère de la Défense'], 'NULL', 'INTEGER NOT NULL'],
      ['org:obrien-media', `O'Brien & Sons "Media"`, [MULTILINE_ALIAS], 'NULL', 'INTEGER NOT NULL'],
    ]);
    const [deployed] = await query("MATCH ()-[r:DEPLOYED_TO]->() RETURN r.quantity AS q, r.title AS t, r.lastSeen AS l");
    expect([Number(deployed?.get('q')), deployed?.get('t'), deployed?.get('l')]).toEqual([10000, null, '2024-04-01']);
  });
});
