// The contract both stores keep (SPEC section 5); one conformance suite runs against each.
import type { MultiDirectedGraph } from 'graphology';
import type { EntityType, GraphFragment, RelationType } from '../schema/index.js';

export interface WriteSummary {
  /** Articles newly written. */
  readonly written: number;
  /** Articles already present with the same content: nothing changed. */
  readonly unchanged: number;
  /** Articles present with other content: their old support was retracted, the new written. */
  readonly replaced: number;
}

export interface RetractSummary {
  /** Article ids that were in the store and are now gone. */
  readonly retracted: readonly string[];
  /** Article ids asked for that the store did not hold. */
  readonly missing: readonly string[];
}

export interface GraphCounts {
  /** Entity nodes by entity type, plus `Article` and `Statement`. */
  readonly nodes: Readonly<Record<string, number>>;
  /** Relationships by type: the fact types, and MENTIONS, SAID, FROM, ABOUT. */
  readonly relationships: Readonly<Record<string, number>>;
  readonly totalNodes: number;
  readonly totalRelationships: number;
}

/** One sentence behind a fact: where it is and what it says. */
export interface EvidenceSentence {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly date?: string;
}

/** Attributes of an entity node in the graph a store reads out (key = entity id). */
export interface EntityNodeAttributes {
  id: string;
  type: EntityType;
  label: string;
  /** Union of the other names the supporting articles use, sorted; recomputed on retraction. */
  aliases: string[];
  /** Articles that mention the entity. */
  articleCount: number;
  lat?: number;
  lon?: number;
  /** Metrics written back by `kg analyze --write` (pagerank, degree, betweenness, community). */
  [metric: string]: unknown;
}

/** Attributes of a fact edge (key = fact key). */
export interface FactEdgeAttributes {
  key: string;
  type: RelationType;
  title?: string;
  quantity?: number;
  modality?: 'asserted' | 'denied' | 'hypothetical';
  articleCount: number;
  firstSeen?: string;
  lastSeen?: string;
  /** Present when read with `withEvidence`; by article id, then offset. */
  evidence?: EvidenceSentence[];
}

export type KnowledgeGraph = MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>;

export interface ReadOptions {
  /** Include each fact's evidence sentences on its edge. */
  readonly withEvidence?: boolean;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Writes fragments idempotently: an article already held with the same content changes nothing. */
  write(fragments: readonly GraphFragment[]): Promise<WriteSummary>;
  /** Removes exactly what only these articles supported; facts supported elsewhere lose only that support. */
  retract(articleIds: readonly string[]): Promise<RetractSummary>;
  counts(): Promise<GraphCounts>;
  /** The entity graph (entities and facts; no articles or statements) for analysis and export. */
  readGraph(options?: ReadOptions): Promise<KnowledgeGraph>;
  /**
   * The sentences behind the facts of `type` from `source` to `target` (entity ids; either way round for the
   * symmetric types), by article id, then offset.
   */
  evidence(source: string, type: RelationType, target: string): Promise<EvidenceSentence[]>;
  /** Writes node properties (metrics) onto entities by id; returns how many of the ids it holds. Entity fields
   *  (RESERVED_NODE_PROPERTIES) are refused with CONFIG_INVALID. */
  writeNodeProperties(values: ReadonlyMap<string, Readonly<Record<string, number | string>>>): Promise<number>;
  close(): Promise<void>;
}
