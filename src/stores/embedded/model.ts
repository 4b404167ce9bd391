// The embedded store's graph in memory: entities, articles and statements in one graphology graph, evidence beside it.
import { MultiDirectedGraph } from 'graphology';
import type { FragmentNode, GraphFragment } from '../../schema/index.js';
import { preferredType } from '../entity-type.js';
import { articleEvidence, combinedModality, compareSupport, earliest, latest, type ArticleEvidence } from '../evidence-record.js';
import type { EntityNode, FactEdge, StoredEdge, StoredNode } from './records.js';

export type StoredGraph = MultiDirectedGraph<StoredNode, StoredEdge>;

export interface EmbeddedModel {
  readonly graph: StoredGraph;
  /** fact key -> article id -> that article's evidence: adding an article touches only its own entries. */
  readonly evidence: Map<string, Map<string, ArticleEvidence>>;
  /** article id -> keys of the facts it supports (derived from `evidence`). */
  readonly factsByArticle: Map<string, Set<string>>;
}

export type WriteOutcome = 'written' | 'unchanged' | 'replaced';

export const articleKey = (id: string): string => `Article|${id}`;
export const statementKey = (id: string): string => `Statement|${id}`;
const mentionsKey = (article: string, entity: string): string => `MENTIONS|${article}|${entity}`;

export function createModel(graph: StoredGraph = new MultiDirectedGraph<StoredNode, StoredEdge>()): EmbeddedModel {
  return { graph, evidence: new Map(), factsByArticle: new Map() };
}

export function addEvidence(model: EmbeddedModel, factKey: string, record: ArticleEvidence): void {
  let byArticle = model.evidence.get(factKey);
  if (byArticle === undefined) model.evidence.set(factKey, (byArticle = new Map()));
  byArticle.set(record.article, record);
  let keys = model.factsByArticle.get(record.article);
  if (keys === undefined) model.factsByArticle.set(record.article, (keys = new Set()));
  keys.add(factKey);
}

export function contentHashOf(model: EmbeddedModel, articleId: string): string | undefined {
  const key = articleKey(articleId);
  if (!model.graph.hasNode(key)) return undefined;
  const node = model.graph.getNodeAttributes(key);
  return node.kind === 'article' ? node.contentHash : undefined;
}

/** Writes one (checked) fragment: unchanged when held with the same content, else (re)written. */
export function writeFragment(model: EmbeddedModel, fragment: GraphFragment): WriteOutcome {
  const held = contentHashOf(model, fragment.article.id);
  if (held === fragment.article.contentHash) return 'unchanged';
  if (held !== undefined) retractArticles(model, [fragment.article.id]);
  addFragment(model, fragment);
  return held === undefined ? 'written' : 'replaced';
}

function addFragment(model: EmbeddedModel, fragment: GraphFragment): void {
  const { graph } = model;
  const { article } = fragment;
  const articleNode = articleKey(article.id);
  graph.addNode(articleNode, { kind: 'article', ...article });
  for (const node of fragment.nodes) {
    mergeEntity(model, node);
    const names = namesOf(node);
    graph.addEdgeWithKey(mentionsKey(article.id, node.id), articleNode, node.id, { kind: 'MENTIONS', count: node.mentions, names });
  }
  for (const fact of fragment.facts) {
    const record = articleEvidence(fact, article);
    if (graph.hasEdge(fact.key)) {
      const edge = graph.getEdgeAttributes(fact.key) as FactEdge;
      edge.articleCount += 1;
      setOptional(edge, 'firstSeen', earliest([edge.firstSeen, record.first]));
      setOptional(edge, 'lastSeen', latest([edge.lastSeen, record.last]));
      setOptional(edge, 'quantity', edge.quantity ?? record.quantity);
      setOptional(edge, 'modality', combinedModality([edge.modality, record.modality]));
    } else {
      const edge: FactEdge = { kind: 'fact', key: fact.key, type: fact.type, articleCount: 1 };
      setOptional(edge, 'title', fact.title);
      setOptional(edge, 'quantity', record.quantity);
      setOptional(edge, 'modality', record.modality);
      setOptional(edge, 'firstSeen', record.first);
      setOptional(edge, 'lastSeen', record.last);
      graph.addEdgeWithKey(fact.key, fact.source, fact.target, edge);
    }
    addEvidence(model, fact.key, record);
  }
  for (const statement of fragment.statements) {
    const key = statementKey(statement.id);
    const { about, ...fields } = statement;
    graph.addNode(key, { kind: 'statement', ...fields, article: article.id });
    graph.addEdgeWithKey(`SAID|${statement.id}`, statement.speaker, key, { kind: 'SAID' });
    graph.addEdgeWithKey(`FROM|${statement.id}`, key, articleNode, { kind: 'FROM' });
    for (const entity of new Set(about)) graph.addEdgeWithKey(`ABOUT|${statement.id}|${entity}`, key, entity, { kind: 'ABOUT' });
  }
}

function namesOf(node: FragmentNode): string[] {
  return [...new Set([node.name, ...node.aliases])];
}

function mergeEntity(model: EmbeddedModel, node: FragmentNode): void {
  const { graph } = model;
  if (!graph.hasNode(node.id)) {
    const entity: EntityNode = {
      kind: 'entity',
      id: node.id,
      type: node.type,
      name: node.name,
      aliases: node.aliases.filter((alias) => alias !== node.name),
      properties: {},
    };
    setOptional(entity, 'lat', node.lat);
    setOptional(entity, 'lon', node.lon);
    entity.aliases = [...new Set(entity.aliases)].sort();
    graph.addNode(node.id, entity);
    return;
  }
  const entity = graph.getNodeAttributes(node.id) as EntityNode;
  entity.type = preferredType(entity.type, node.type);
  setOptional(entity, 'lat', entity.lat ?? node.lat);
  setOptional(entity, 'lon', entity.lon ?? node.lon);
  const aliases = new Set(entity.aliases);
  for (const alias of node.aliases) if (alias !== entity.name) aliases.add(alias);
  if (node.name !== entity.name) aliases.add(node.name);
  if (aliases.size !== entity.aliases.length) entity.aliases = [...aliases].sort();
}

/** Removes exactly what only these articles supported. Returns the ids that were held. */
export function retractArticles(model: EmbeddedModel, articleIds: Iterable<string>): string[] {
  const { graph } = model;
  const retracted: string[] = [];
  const touchedFacts = new Set<string>();
  const touchedEntities = new Set<string>();
  for (const articleId of articleIds) {
    const articleNode = articleKey(articleId);
    if (!graph.hasNode(articleNode)) continue;
    retracted.push(articleId);
    for (const factKey of model.factsByArticle.get(articleId) ?? []) {
      model.evidence.get(factKey)?.delete(articleId);
      touchedFacts.add(factKey);
    }
    model.factsByArticle.delete(articleId);
    const statements: string[] = [];
    graph.forEachInEdge(articleNode, (_edge, attributes, source) => {
      if (attributes.kind === 'FROM') statements.push(source);
    });
    for (const statement of statements) {
      graph.forEachNeighbor(statement, (neighbour, attributes) => {
        if (attributes.kind === 'entity') touchedEntities.add(neighbour);
      });
      graph.dropNode(statement);
    }
    graph.forEachOutNeighbor(articleNode, (entity) => touchedEntities.add(entity));
    graph.dropNode(articleNode);
  }
  for (const factKey of touchedFacts) {
    const support = model.evidence.get(factKey);
    touchedEntities.add(graph.source(factKey));
    touchedEntities.add(graph.target(factKey));
    if (support === undefined || support.size === 0) {
      model.evidence.delete(factKey);
      graph.dropEdge(factKey);
    } else {
      recomputeFact(graph.getEdgeAttributes(factKey) as FactEdge, [...support.values()]);
    }
  }
  for (const entity of touchedEntities) {
    if (!graph.hasNode(entity)) continue;
    if (graph.degree(entity) === 0) graph.dropNode(entity);
    else recomputeAliases(graph, entity);
  }
  return retracted;
}

function recomputeFact(edge: FactEdge, support: ArticleEvidence[]): void {
  support.sort(compareSupport);
  edge.articleCount = support.length;
  setOptional(edge, 'firstSeen', earliest(support.map((record) => record.first)));
  setOptional(edge, 'lastSeen', latest(support.map((record) => record.last)));
  setOptional(edge, 'quantity', support.find((record) => record.quantity !== undefined)?.quantity);
  setOptional(edge, 'modality', combinedModality(support.map((record) => record.modality)));
}

function recomputeAliases(graph: StoredGraph, entityKey: string): void {
  const entity = graph.getNodeAttributes(entityKey) as EntityNode;
  const aliases = new Set<string>();
  graph.forEachInEdge(entityKey, (_edge, attributes) => {
    if (attributes.kind === 'MENTIONS') for (const name of attributes.names) if (name !== entity.name) aliases.add(name);
  });
  entity.aliases = [...aliases].sort();
}

/** Sets metric properties on entities by id; returns how many entities were found. */
export function setEntityProperties(
  model: EmbeddedModel,
  values: Iterable<readonly [string, Readonly<Record<string, number | string>>]>,
): number {
  let found = 0;
  for (const [id, properties] of values) {
    if (!model.graph.hasNode(id)) continue;
    const node = model.graph.getNodeAttributes(id);
    if (node.kind !== 'entity') continue;
    Object.assign(node.properties, properties);
    found += 1;
  }
  return found;
}

/** Sets an optional field, or removes it when the value is undefined (exactOptionalPropertyTypes). */
function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
