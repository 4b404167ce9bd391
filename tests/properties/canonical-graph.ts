// A store's graph as order-free plain data, to compare two stores (or one store before and after) for equality:
// counts, entities and facts with their evidence through the GraphStore interface, and for Neo4j every node and
// relationship as Cypher sees them.
import neo4j, { type Driver } from 'neo4j-driver';
import type { EvidenceSentence, GraphCounts, GraphStore } from '../../src/stores/store.js';

export interface CanonicalGraph {
  readonly counts: GraphCounts;
  readonly entities: readonly Record<string, unknown>[];
  readonly facts: readonly Record<string, unknown>[];
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function sortedEvidence(evidence: readonly EvidenceSentence[] | undefined): string[] {
  return (evidence ?? []).map((e) => JSON.stringify([e.article, e.start, e.end, e.sentence, e.date ?? null])).sort();
}

/** Aliases are a set (their order follows the order articles came in); evidence is sorted. */
export async function canonicalGraph(store: GraphStore): Promise<CanonicalGraph> {
  const counts = await store.counts();
  const graph = await store.readGraph({ withEvidence: true });
  const entities = graph.mapNodes((key, attributes) => ({ ...attributes, key, aliases: [...attributes.aliases].sort() })).sort(byKey);
  const facts = graph
    .mapEdges((key, attributes, source, target) => ({ ...attributes, key, source, target, evidence: sortedEvidence(attributes.evidence) }))
    .sort(byKey);
  return { counts, entities, facts };
}

/** Properties a write sets that name the transaction, not the data (the evidence node's creating batch). */
const VOLATILE_PROPERTIES: ReadonlySet<string> = new Set(['batch']);

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(properties).sort()) {
    if (VOLATILE_PROPERTIES.has(key)) continue;
    const value = plain(properties[key]);
    out[key] = key === 'aliases' && Array.isArray(value) ? [...value].sort() : value;
  }
  return out;
}

/** Every node (labels, properties) and relationship (type, ends by id, properties) of the database, sorted. */
export async function neo4jDump(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties');
  const relationships = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties');
  return {
    nodes: nodes.records
      .map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), plainProperties(r.get('properties') as Record<string, unknown>)]))
      .sort(),
    relationships: relationships.records
      .map((r) => JSON.stringify([r.get('type'), r.get('source'), r.get('target'), plainProperties(r.get('properties') as Record<string, unknown>)]))
      .sort(),
  };
}

/** Keys that more than one node or relationship carries where the model wants one: must be empty. */
export async function neo4jDuplicates(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(`
    MATCH (n) WHERE n.id IS NOT NULL
    WITH CASE WHEN n:Entity THEN 'Entity' WHEN n:Article THEN 'Article' WHEN n:Statement THEN 'Statement' WHEN n:Evidence THEN 'Evidence' ELSE 'other' END AS label,
         n.id AS id, count(*) AS copies WHERE copies > 1
    RETURN 'node ' + label + ' ' + id AS duplicate
    UNION ALL
    MATCH ()-[r]->() WHERE r.key IS NOT NULL
    WITH type(r) AS type, r.key AS key, count(*) AS copies WHERE copies > 1
    RETURN 'fact ' + type + ' ' + key AS duplicate
    UNION ALL
    MATCH (a)-[r:MENTIONS|SAID|FROM|ABOUT]->(b)
    WITH type(r) AS type, a.id AS source, b.id AS target, count(*) AS copies WHERE copies > 1
    RETURN 'link ' + type + ' ' + source + ' -> ' + target AS duplicate`);
  return records.map((r) => r.get('duplicate') as string).sort();
}
