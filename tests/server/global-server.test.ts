import { httpGet, neo4jHttpUrl, testDriver, useCleanNeo4j } from '../support/neo4j.js';

describe('the Neo4j server of the test run', () => {
  const driver = useCleanNeo4j();

  test('answers Cypher over Bolt', async () => {
    const { records } = await driver().executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one').toNumber()).toBe(1);
  });

  test('is Neo4j 5.26.0 Community', async () => {
    const { records } = await driver().executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    expect(records[0]?.get('version')).toBe('5.26.0');
    expect(records[0]?.get('edition')).toBe('community');
  });

  test('starts each test file from an empty graph and keeps what it writes', async () => {
    const before = await driver().executeQuery('MATCH (n) RETURN count(n) AS nodes');
    expect(before.records[0]?.get('nodes').toNumber()).toBe(0);
    await driver().executeQuery("CREATE (:Probe {name: 'global-server.test'})");
    const other = testDriver();
    try {
      const after = await other.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
      expect(after.records.map((record) => record.get('name'))).toEqual(['global-server.test']);
    } finally {
      await other.close();
    }
  });

  test('serves the Neo4j Browser as HTML at /browser/', async () => {
    const page = await httpGet(`${neo4jHttpUrl()}/browser/`);
    expect(page.status).toBe(200);
    expect(page.contentType).toContain('text/html');
    expect(page.body).toContain('<title>Neo4j Browser</title>');
  });
});
