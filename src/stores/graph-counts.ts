// Node and relationship counts in the shape both stores report, every ontology key present (zero when absent).
import { ENTITY_TYPES, RELATION_TYPES } from '../schema/index.js';
import type { GraphCounts } from './store.js';

export const NODE_COUNT_KEYS = [...ENTITY_TYPES, 'Article', 'Statement'] as const;
export const LINK_TYPES = ['MENTIONS', 'SAID', 'FROM', 'ABOUT'] as const;
export const RELATIONSHIP_COUNT_KEYS = [...RELATION_TYPES, ...LINK_TYPES] as const;

export function graphCounts(
  nodes: ReadonlyMap<string, number>,
  relationships: ReadonlyMap<string, number>,
): GraphCounts {
  const nodeCounts = Object.fromEntries(NODE_COUNT_KEYS.map((key) => [key, nodes.get(key) ?? 0]));
  const relationshipCounts = Object.fromEntries(RELATIONSHIP_COUNT_KEYS.map((key) => [key, relationships.get(key) ?? 0]));
  const sum = (record: Record<string, number>): number => Object.values(record).reduce((a, b) => a + b, 0);
  return {
    nodes: nodeCounts,
    relationships: relationshipCounts,
    totalNodes: sum(nodeCounts),
    totalRelationships: sum(relationshipCounts),
  };
}

export function increment(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
