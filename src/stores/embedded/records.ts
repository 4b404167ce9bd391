// What the embedded store keeps on disk, as zod schemas: graph nodes and edges, evidence, snapshot and journal.
import { z } from 'zod';
import { EntityType, GraphFragment, RelationType } from '../../schema/index.js';
import { ArticleEvidence, FactFields } from '../evidence-record.js';

const PropertyValue = z.union([z.number(), z.string()]);

export const EntityNode = z.object({
  kind: z.literal('entity'),
  id: z.string(),
  type: EntityType,
  name: z.string(),
  /** Sorted union of the surface forms the supporting articles use, other than `name`. */
  aliases: z.array(z.string()),
  lat: z.number().optional(),
  lon: z.number().optional(),
  /** Metrics written back by analysis. */
  properties: z.record(z.string(), PropertyValue),
});
export type EntityNode = z.infer<typeof EntityNode>;

export const ArticleNode = z.object({
  kind: z.literal('article'),
  id: z.string(),
  text: z.string(),
  contentHash: z.string(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  published: z.string().optional(),
});
export type ArticleNode = z.infer<typeof ArticleNode>;

export const StatementNode = z.object({
  kind: z.literal('statement'),
  id: z.string(),
  article: z.string(),
  speaker: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  date: z.string().optional(),
});
export type StatementNode = z.infer<typeof StatementNode>;

export const StoredNode = z.discriminatedUnion('kind', [EntityNode, ArticleNode, StatementNode]);
export type StoredNode = z.infer<typeof StoredNode>;

export const FactEdge = FactFields.extend({
  kind: z.literal('fact'),
  type: RelationType,
});
export type FactEdge = z.infer<typeof FactEdge>;

export const MentionsEdge = z.object({
  kind: z.literal('MENTIONS'),
  count: z.number().int(),
  /** The names this article uses for the entity (its `name` and aliases). */
  names: z.array(z.string()),
});
export type MentionsEdge = z.infer<typeof MentionsEdge>;

export const LinkEdge = z.object({ kind: z.enum(['SAID', 'FROM', 'ABOUT']) });
export type LinkEdge = z.infer<typeof LinkEdge>;

export const StoredEdge = z.discriminatedUnion('kind', [FactEdge, MentionsEdge, LinkEdge]);
export type StoredEdge = z.infer<typeof StoredEdge>;


export const SNAPSHOT_FORMAT = 'news-kg/embedded-store';
export const SNAPSHOT_VERSION = 1;

export const Snapshot = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  /** Which journal continues this snapshot (`journal-<generation>.jsonl`). */
  generation: z.number().int().nonnegative(),
  /** graphology's serialised form (`graph.export()`). */
  graph: z.object({
    options: z.object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.boolean() }),
    attributes: z.record(z.string(), z.unknown()),
    nodes: z.array(z.object({ key: z.string(), attributes: StoredNode })),
    edges: z.array(z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: StoredEdge })),
  }),
  /** fact key -> [article id, evidence] pairs. */
  evidence: z.array(z.tuple([z.string(), z.array(ArticleEvidence)])),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const JournalEntry = z.discriminatedUnion('op', [
  z.object({ op: z.literal('write'), fragments: z.array(GraphFragment) }),
  z.object({ op: z.literal('retract'), ids: z.array(z.string()) }),
  z.object({ op: z.literal('properties'), values: z.array(z.tuple([z.string(), z.record(z.string(), PropertyValue)])) }),
]);
export type JournalEntry = z.infer<typeof JournalEntry>;
