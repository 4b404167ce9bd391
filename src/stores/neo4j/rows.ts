// Fragments turned into the parameter rows of the write statements (pure): one row per entity per batch,
// grouped by entity type and by fact type so that labels and relationship types stay out of the values.
import neo4j, { type Integer } from 'neo4j-driver';
import type { EntityType, GraphFragment, RelationType } from '../../schema/index.js';
import { preferredType } from '../entity-type.js';
import { articleEvidence } from '../evidence-record.js';

/** Neo4j lists hold no nulls: an undated span has this date in `Evidence.dates`. */
export const NO_DATE = '';

type Value = string | number | Integer | null | Value[] | { [key: string]: Value };
export type Row = { [key: string]: Value };
export type FactRow = Row & { readonly evidenceId: string };

export interface WriteRows {
  readonly articles: Row[];
  readonly entities: ReadonlyMap<EntityType, Row[]>;
  readonly mentions: Row[];
  /** Evidence nodes, each `{id, properties}`. */
  readonly evidence: Row[];
  /** Fact rows by type, each naming its evidence node (`evidenceId`): written only when that evidence is new. */
  readonly facts: ReadonlyMap<RelationType, FactRow[]>;
  readonly statements: Row[];
}

const int = (value: number): Integer => neo4j.int(value);
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function evidenceId(factKey: string, articleId: string): string {
  return `${factKey}|${articleId}`;
}

export function writeRows(fragments: readonly GraphFragment[]): WriteRows {
  const articles: Row[] = [];
  const entities = new Map<string, { type: EntityType; name: string; names: Set<string>; lat: number | undefined; lon: number | undefined }>();
  const mentions: Row[] = [];
  const evidence: Row[] = [];
  const facts = new Map<RelationType, FactRow[]>();
  const statements: Row[] = [];
  for (const { article, nodes, facts: articleFacts, statements: articleStatements } of fragments) {
    const { id, text, contentHash, title, source, url, published } = article;
    articles.push({ id, properties: { text, contentHash, title: orNull(title), source: orNull(source), url: orNull(url), published: orNull(published) } });
    for (const node of nodes) {
      const names = [...new Set([node.name, ...node.aliases])];
      const held = entities.get(node.id);
      if (held === undefined) {
        entities.set(node.id, { type: node.type, name: node.name, names: new Set(names), lat: node.lat, lon: node.lon });
      } else {
        held.type = preferredType(held.type, node.type);
        for (const name of names) held.names.add(name);
        held.lat ??= node.lat;
        held.lon ??= node.lon;
      }
      mentions.push({ article: id, entity: node.id, count: int(node.mentions), names });
    }
    for (const fact of articleFacts) {
      const record = articleEvidence(fact, article);
      const rows = facts.get(fact.type) ?? [];
      facts.set(fact.type, rows);
      const evidenceNode = evidenceId(fact.key, id);
      evidence.push({
        id: evidenceNode,
        properties: {
          fact: fact.key,
          type: fact.type,
          article: article.id,
          starts: record.spans.map((span) => int(span.start)),
          ends: record.spans.map((span) => int(span.end)),
          dates: record.spans.map((span) => span.date ?? NO_DATE),
          first: orNull(record.first),
          last: orNull(record.last),
          quantity: orNull(record.quantity),
          modality: orNull(record.modality),
        },
      });
      rows.push({
        evidenceId: evidenceNode,
        key: fact.key,
        source: fact.source,
        target: fact.target,
        title: orNull(fact.title),
        first: orNull(record.first),
        last: orNull(record.last),
        quantity: orNull(record.quantity),
        modality: orNull(record.modality),
      });
    }
    for (const statement of articleStatements) {
      statements.push({
        id: statement.id,
        article: id,
        speaker: statement.speaker,
        about: [...new Set(statement.about)],
        properties: {
          article: id,
          quote: statement.quote,
          start: int(statement.start),
          end: int(statement.end),
          date: orNull(statement.date),
        },
      });
    }
  }
  // Rows in id order, so that concurrent writers lock shared entities in the same order (fewer deadlocks to retry).
  mentions.sort((a, b) => compareStrings(a['entity'] as string, b['entity'] as string));
  const entityRows = new Map<EntityType, Row[]>();
  for (const [id, entity] of [...entities].sort(([a], [b]) => compareStrings(a, b))) {
    const rows = entityRows.get(entity.type) ?? [];
    entityRows.set(entity.type, rows);
    rows.push({ id, name: entity.name, names: [...entity.names], lat: orNull(entity.lat), lon: orNull(entity.lon) });
  }
  return { articles, entities: entityRows, mentions, evidence, facts, statements };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
