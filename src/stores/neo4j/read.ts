// Reading the Neo4j graph out: counts, the entity graph (all of it, or what a Cypher query returns), evidence.
import { MultiDirectedGraph } from 'graphology';
import { isNode, isPath, isRelationship, type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import { RELATION_TYPES, SYMMETRIC_RELATIONS, type RelationType } from '../../schema/index.js';
import { evidenceSentences, sortEvidence } from '../evidence-sentences.js';
import { graphCounts, increment } from '../graph-counts.js';
import type { EntityNodeAttributes, EvidenceSentence, FactEdgeAttributes, GraphCounts, KnowledgeGraph } from '../store.js';
import {
  ARTICLE_COUNTS, COUNT_ENTITIES, COUNT_STORE, READ_ALL_EVIDENCE, READ_ENTITIES, READ_ENTITIES_BY_ELEMENT_ID,
  READ_EVIDENCE_OF_FACTS, READ_FACTS, factKeysBetween,
} from './cypher.js';
import { EvidenceProperties, entityAttributes, factAttributes } from './records.js';
import { NO_DATE } from './rows.js';

const FACT_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

export async function readCounts(tx: ManagedTransaction): Promise<GraphCounts> {
  const nodes = new Map<string, number>();
  const relationships = new Map<string, number>();
  for (const record of (await tx.run(COUNT_ENTITIES)).records) increment(nodes, record.get('type'), record.get('n'));
  for (const record of (await tx.run(COUNT_STORE)).records) {
    const key: string = record.get('key');
    increment(key === 'Article' || key === 'Statement' ? nodes : relationships, key, record.get('n'));
  }
  return graphCounts(nodes, relationships);
}

export async function readGraph(tx: ManagedTransaction, withEvidence: boolean): Promise<KnowledgeGraph> {
  const graph: KnowledgeGraph = new MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>();
  for (const record of (await tx.run(READ_ENTITIES)).records) {
    const attributes = entityAttributes(record.get('properties'), record.get('articleCount'));
    graph.addNode(attributes.id, attributes);
  }
  for (const record of (await tx.run(READ_FACTS)).records) {
    const attributes = factAttributes(record.get('type'), record.get('properties'));
    graph.addEdgeWithKey(attributes.key, record.get('source'), record.get('target'), attributes);
  }
  if (withEvidence) attachEvidence(graph, await evidenceByFact(tx, undefined));
  return graph;
}

/**
 * The entity graph within what `cypher` returns: entity nodes and fact relationships found anywhere in its
 * records (as values, in lists, maps or paths); the ends of returned relationships are fetched when not returned.
 */
export async function readSubgraph(
  tx: ManagedTransaction,
  cypher: string,
  parameters: Record<string, unknown>,
  withEvidence: boolean,
): Promise<KnowledgeGraph> {
  const nodes = new Map<string, Node>();
  const relationships = new Map<string, Relationship>();
  const visit = (value: unknown): void => {
    if (isNode(value)) nodes.set(value.elementId, value);
    else if (isRelationship(value)) relationships.set(value.elementId, value);
    else if (isPath(value)) {
      for (const segment of value.segments) {
        visit(segment.start);
        visit(segment.relationship);
        visit(segment.end);
      }
      visit(value.start);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) Object.values(value).forEach(visit);
  };
  for (const record of (await tx.run(cypher, parameters)).records) record.forEach((value) => visit(value));

  const entityProperties = new Map<string, unknown>();
  for (const [elementId, node] of nodes) if (node.labels.includes('Entity')) entityProperties.set(elementId, node.properties);
  const facts = [...relationships.values()].filter((relationship) => FACT_TYPES.has(relationship.type));
  const missing = [...new Set(facts.flatMap((fact) => [fact.startNodeElementId, fact.endNodeElementId]))].filter(
    (elementId) => !nodes.has(elementId),
  );
  if (missing.length > 0) {
    for (const record of (await tx.run(READ_ENTITIES_BY_ELEMENT_ID, { ids: missing })).records) {
      entityProperties.set(record.get('elementId'), record.get('properties'));
    }
  }
  const idOf = new Map<string, string>();
  for (const [elementId, properties] of entityProperties) idOf.set(elementId, String((properties as { id?: unknown }).id));
  const articleCounts = new Map<string, number>();
  for (const record of (await tx.run(ARTICLE_COUNTS, { ids: [...idOf.values()] })).records) {
    articleCounts.set(record.get('id'), record.get('articleCount'));
  }
  const graph: KnowledgeGraph = new MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>();
  for (const properties of entityProperties.values()) {
    const attributes = entityAttributes(properties, 0);
    attributes.articleCount = articleCounts.get(attributes.id) ?? 0;
    graph.mergeNode(attributes.id, attributes);
  }
  for (const fact of facts) {
    const source = idOf.get(fact.startNodeElementId);
    const target = idOf.get(fact.endNodeElementId);
    if (source === undefined || target === undefined) continue;
    const attributes = factAttributes(fact.type, fact.properties);
    if (!graph.hasEdge(attributes.key)) graph.addEdgeWithKey(attributes.key, source, target, attributes);
  }
  if (withEvidence) attachEvidence(graph, await evidenceByFact(tx, graph.edges()));
  return graph;
}

/** The sentences behind the facts of `type` from `source` to `target` (either way round for symmetric types). */
export async function readEvidence(tx: ManagedTransaction, source: string, type: RelationType, target: string): Promise<EvidenceSentence[]> {
  const result = await tx.run(factKeysBetween(type, SYMMETRIC_RELATIONS.has(type)), { source, target });
  const keys = result.records.map((record) => record.get('key') as string);
  if (keys.length === 0) return [];
  return sortEvidence([...(await evidenceByFact(tx, keys)).values()].flat());
}

/** Evidence sentences by fact key: of the given facts, or of all when `keys` is undefined. */
async function evidenceByFact(tx: ManagedTransaction, keys: readonly string[] | undefined): Promise<Map<string, EvidenceSentence[]>> {
  const byFact = new Map<string, EvidenceSentence[]>();
  const result = keys === undefined ? await tx.run(READ_ALL_EVIDENCE) : await tx.run(READ_EVIDENCE_OF_FACTS, { keys });
  for (const record of result.records) {
    const article: string = record.get('article');
    const text: string = record.get('text');
    for (const raw of record.get('records') as unknown[]) {
      const { fact, starts, ends, dates } = EvidenceProperties.parse(raw);
      const spans = starts.map((start, i) => {
        const date = dates[i];
        return { start, end: ends[i] ?? start, ...(date === undefined || date === NO_DATE ? {} : { date }) };
      });
      const sentences = byFact.get(fact) ?? [];
      byFact.set(fact, sentences);
      sentences.push(...evidenceSentences(article, text, spans));
    }
  }
  for (const sentences of byFact.values()) sortEvidence(sentences);
  return byFact;
}

function attachEvidence(graph: KnowledgeGraph, byFact: ReadonlyMap<string, EvidenceSentence[]>): void {
  graph.forEachEdge((key, attributes) => {
    attributes.evidence = byFact.get(key) ?? [];
  });
}
