// The analyst's query library (cypher/queries): every file documented, its parameters declared and used, read-only,
// and naming only the labels and relationship types of the data model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES } from '../../src/schema/index.js';
import { LINK_TYPES } from '../../src/stores/graph-counts.js';
import { listQueries, parseNamedQuery, parseParams, queriesFolder, type NamedQuery } from '../../src/query/library.js';

const queries = listQueries();
const byName = (name: string): NamedQuery => {
  const query = queries.find((q) => q.name === name);
  if (!query) throw new Error(`no query ${name}`);
  return query;
};

/** The Cypher without the header and other comment lines, and without the text of string literals. */
function body(query: NamedQuery): string {
  return query.cypher
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .replace(/'(?:[^'\\]|\\.)*'/g, "''");
}

const paramsUsed = (query: NamedQuery): string[] => [...new Set([...body(query).matchAll(/\$(\w+)/g)].map((m) => m[1] ?? ''))].sort();

/** `--param k=v` pairs of an example command line, with double-quoted words unquoted as a shell would. */
function exampleParams(example: string): string[] {
  const words = [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
  return words.flatMap((word, i) => (word === '--param' && words[i + 1] !== undefined ? [words[i + 1] as string] : []));
}

const NODE_LABELS = new Set([...ENTITY_TYPES.flatMap((type) => ENTITY_LABELS[type]), 'Article', 'Statement', 'Evidence']);
const RELATIONSHIP_TYPES = new Set<string>([...RELATION_TYPES, ...LINK_TYPES]);

describe('the query library', () => {
  test('holds at least 14 queries, among them the ones analysts ask for', () => {
    expect(queries.length).toBeGreaterThanOrEqual(14);
    expect(queries.map((q) => q.name)).toEqual(expect.arrayContaining([
      'offices-of', 'office-holders', 'agreement-parties', 'deployments-into', 'sanctions', 'statements-by',
      'statements-about', 'evidence', 'paths-between', 'neighbourhood', 'most-central', 'co-mentions',
      'changes-since', 'search', 'accusations', 'meetings',
    ]));
  });

  test('parses each file alone as listQueries parses the folder', () => {
    for (const query of queries) {
      const source = readFileSync(path.join(queriesFolder(), `${query.name}.cypher`), 'utf8');
      expect(parseNamedQuery(query.name, source)).toEqual(query);
    }
  });
});

describe.each(queries.map((q) => [q.name, q] as const))('query %s', (name, query) => {
  test('has a kebab-case name', () => {
    expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  test('says what it answers', () => {
    expect(query.description.length).toBeGreaterThan(20);
    expect(query.description).not.toMatch(/@/);
  });

  test('declares every parameter its Cypher uses, and uses every parameter it declares', () => {
    expect(query.params.map((p) => p.name).sort()).toEqual(paramsUsed(query));
  });

  test('describes each parameter with an example value', () => {
    for (const param of query.params) {
      expect(param.description).not.toBe('');
      expect(param.example).toEqual(expect.any(String));
    }
  });

  test('has an example command line that runs it with every parameter', () => {
    expect(query.example).toEqual(expect.stringMatching(new RegExp(`^kg query ${name}( |$)`)));
    const pairs = exampleParams(query.example ?? '');
    expect(pairs.map((pair) => pair.slice(0, pair.indexOf('='))).sort()).toEqual(query.params.map((p) => p.name).sort());
    expect(Object.keys(parseParams(pairs, query)).sort()).toEqual(query.params.map((p) => p.name).sort());
  });

  test('is read-only: not marked @writes and without a writing clause', () => {
    expect(query.writes).toBe(false);
    expect(body(query)).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b/i);
    for (const call of body(query).matchAll(/\bCALL\s+([\w.]+)/gi)) expect(call[1]).toBe('db.index.fulltext.queryNodes');
  });

  test('names only the labels and relationship types of the data model', () => {
    const cypher = body(query);
    const labels = [...cypher.matchAll(/\(\s*\w*\s*:\s*([A-Za-z_:]+)/g)].flatMap((m) => (m[1] ?? '').split(':'));
    const types = [...cypher.matchAll(/\[\s*\w*\s*:\s*([A-Za-z_|]+)/g)].flatMap((m) => (m[1] ?? '').split('|'));
    for (const label of labels) expect(NODE_LABELS).toContain(label);
    for (const type of types) expect(RELATIONSHIP_TYPES).toContain(type);
  });

  test('spells out all twelve fact types wherever it means "any fact"', () => {
    const unions = [...body(query).matchAll(/\[\s*\w*\s*:\s*([A-Z_|]+)/g)].map((m) => (m[1] ?? '').split('|')).filter((u) => u.length > 2);
    for (const union of unions) expect([...union].sort()).toEqual([...RELATION_TYPES].sort());
  });
});

describe('entity parameters', () => {
  // Queries whose parameter names an entity accept its id, its name or an alias, case-insensitively, preferring the id, then the name.
  const ENTITY_PARAMS: readonly [string, string][] = [
    ['offices-of', 'person'], ['office-holders', 'body'], ['agreement-parties', 'agreement'], ['agreements-of', 'entity'],
    ['deployments-into', 'place'], ['deployments-by', 'sender'], ['sanctions', 'entity'], ['accusations', 'entity'],
    ['meetings', 'official'], ['memberships', 'entity'], ['conflicts', 'entity'], ['statements-by', 'speaker'],
    ['statements-about', 'entity'], ['evidence', 'source'], ['evidence', 'target'], ['paths-between', 'from'],
    ['paths-between', 'to'], ['neighbourhood', 'entity'], ['co-mentions', 'entity'], ['facts-of', 'entity'], ['entity', 'entity'],
  ];

  test.each(ENTITY_PARAMS)('%s resolves $%s by id, name or alias', (name, param) => {
    const cypher = body(byName(name));
    expect(cypher).toMatch(new RegExp(`^WITH (\\w+, )?toString\\(\\$${param}\\) AS wanted$`, 'm'));
    expect(cypher).toMatch(/WHERE (\w+)\.id = wanted OR toLower\(\1\.name\) = toLower\(wanted\) OR any\(alias IN \1\.aliases WHERE toLower\(alias\) = toLower\(wanted\)\)/);
  });
});
