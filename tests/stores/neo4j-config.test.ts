// Where the Neo4j store connects, and the Cypher it may run: options over environment, ontology names only.
import { readFile } from 'node:fs/promises';
import { RELATION_TYPES } from '../../src/schema/index.js';
import { DEFAULT_NEO4J_URI, resolveNeo4jConfig } from '../../src/stores/neo4j/config.js';
import { mergeEntities, mergeFacts, recomputeFacts } from '../../src/stores/neo4j/cypher.js';
import { cypherStatements, SCHEMA_FILE } from '../../src/stores/neo4j/schema.js';

describe('resolveNeo4jConfig', () => {
  test.each([
    ['nothing set: the local default, no auth', {}, {}, { uri: DEFAULT_NEO4J_URI, applySchema: true }],
    [
      'the environment',
      {},
      { NEO4J_URI: 'neo4j://db.example:7687', NEO4J_USER: 'analyst', NEO4J_PASSWORD: 'secret-pw', NEO4J_DATABASE: 'news' },
      { uri: 'neo4j://db.example:7687', auth: { user: 'analyst', password: 'secret-pw' }, database: 'news', applySchema: true },
    ],
    [
      'options over the environment; user defaults to neo4j',
      { uri: 'bolt://127.0.0.1:7999', password: 'pw-from-flag', applySchema: false },
      { NEO4J_URI: 'neo4j://elsewhere:7687', NEO4J_PASSWORD: '' },
      { uri: 'bolt://127.0.0.1:7999', auth: { user: 'neo4j', password: 'pw-from-flag' }, applySchema: false },
    ],
  ])('%s', (_name, options, env, expected) => {
    expect(resolveNeo4jConfig(options, env)).toEqual(expected);
  });

  test('a URI that is not Bolt is CONFIG_INVALID', () => {
    expect(() => resolveNeo4jConfig({ uri: 'http://127.0.0.1:7474' }, {})).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

describe('the store\'s Cypher', () => {
  test('interpolates only ontology labels and relationship types', () => {
    expect(mergeEntities('Official')).toContain('e:Entity:Person:Official');
    expect(mergeFacts('HOLDS_POSITION')).toContain('[f:HOLDS_POSITION {key: r.key}]');
    expect(() => mergeFacts('KNOWS`]->() DETACH DELETE n //' as never)).toThrow('not an ontology name');
    expect(() => recomputeFacts('MENTIONS' as never)).not.toThrow();
    expect(() => mergeEntities('Ghost' as never)).toThrow();
  });

  test('the schema file constrains the key of every fact type and splits into IF NOT EXISTS statements', async () => {
    const statements = cypherStatements(await readFile(SCHEMA_FILE, 'utf8'));
    for (const statement of statements) expect(statement).toMatch(/ IF NOT EXISTS /);
    for (const type of RELATION_TYPES) {
      expect(statements).toContain(`CREATE CONSTRAINT fact_key_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE`);
    }
    expect(statements).toHaveLength(4 + 4 + RELATION_TYPES.length + 2);
  });

  test('cypherStatements drops comment lines and splits on a semicolon at a line end', () => {
    expect(cypherStatements('// header\nRETURN 1;\n// note\nRETURN "a;b"\n  AS x;\n')).toEqual(['RETURN 1', 'RETURN "a;b"\n  AS x']);
  });
});
