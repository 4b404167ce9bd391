// Reading the embedded model out: counts, the entity graph in the shape both stores return, evidence sentences.
import { MultiDirectedGraph } from 'graphology';
import { SYMMETRIC_RELATIONS, type RelationType } from '../../schema/index.js';
import { dropUndefined } from '../drop-undefined.js';
import { evidenceSentences, sortEvidence } from '../evidence-sentences.js';
import { graphCounts, increment } from '../graph-counts.js';
import type {
  EntityNodeAttributes, EvidenceSentence, FactEdgeAttributes, GraphCounts, KnowledgeGraph, ReadOptions,
} from '../store.js';
import { articleKey, type EmbeddedModel } from './model.js';
import type { EntityNode, FactEdge } from './records.js';

export function countModel(model: EmbeddedModel): GraphCounts {
  const nodes = new Map<string, number>();
  const relationships = new Map<string, number>();
  model.graph.forEachNode((_key, node) => {
    increment(nodes, node.kind === 'entity' ? node.type : node.kind === 'article' ? 'Article' : 'Statement');
  });
  model.graph.forEachEdge((_key, edge) => increment(relationships, edge.kind === 'fact' ? edge.type : edge.kind));
  return graphCounts(nodes, relationships);
}

export function readModelGraph(model: EmbeddedModel, options: ReadOptions = {}): KnowledgeGraph {
  const { graph } = model;
  const out: KnowledgeGraph = new MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>();
  graph.forEachNode((key, node) => {
    if (node.kind !== 'entity') return;
    let articleCount = 0;
    graph.forEachInEdge(key, (_edge, edge) => {
      if (edge.kind === 'MENTIONS') articleCount += 1;
    });
    out.addNode(key, entityAttributes(node, articleCount));
  });
  graph.forEachEdge((key, edge, source, target) => {
    if (edge.kind !== 'fact') return;
    const attributes = factAttributes(edge);
    if (options.withEvidence === true) attributes.evidence = factEvidence(model, key);
    out.addEdgeWithKey(key, source, target, attributes);
  });
  return out;
}

/** The sentences behind the facts of `type` from `source` to `target` (either way round for symmetric types). */
export function modelEvidence(model: EmbeddedModel, source: string, type: RelationType, target: string): EvidenceSentence[] {
  const { graph } = model;
  if (!graph.hasNode(source) || !graph.hasNode(target)) return [];
  const keys = [...graph.outEdges(source, target)];
  if (SYMMETRIC_RELATIONS.has(type) && source !== target) keys.push(...graph.outEdges(target, source));
  const sentences: EvidenceSentence[] = [];
  for (const key of keys) {
    const edge = graph.getEdgeAttributes(key);
    if (edge.kind === 'fact' && edge.type === type) sentences.push(...factEvidence(model, key));
  }
  return sortEvidence(sentences);
}

function factEvidence(model: EmbeddedModel, factKey: string): EvidenceSentence[] {
  const sentences: EvidenceSentence[] = [];
  for (const record of model.evidence.get(factKey)?.values() ?? []) {
    const article = model.graph.getNodeAttributes(articleKey(record.article));
    if (article.kind !== 'article') continue;
    sentences.push(...evidenceSentences(record.article, article.text, record.spans));
  }
  return sortEvidence(sentences);
}

export function entityAttributes(node: EntityNode, articleCount: number): EntityNodeAttributes {
  return {
    ...node.properties,
    id: node.id,
    type: node.type,
    label: node.name,
    aliases: [...node.aliases],
    articleCount,
    ...(node.lat === undefined ? {} : { lat: node.lat }),
    ...(node.lon === undefined ? {} : { lon: node.lon }),
  };
}

function factAttributes(edge: FactEdge): FactEdgeAttributes {
  const { kind: _kind, ...attributes } = edge;
  return dropUndefined(attributes);
}
