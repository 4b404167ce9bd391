// Limits a graph before export: a date range on facts, entity types, and an ego network around one entity.
import { subgraph } from 'graphology-library/operators.js';
import { bfsFromNode } from 'graphology-library/traversal.js';
import { KgError } from '../errors.js';
import { ENTITY_TYPES, type EntityType } from '../schema/index.js';
import type { FactEdgeAttributes, KnowledgeGraph } from '../stores/store.js';
import { findEntity } from '../analysis/find-entity.js';

export interface GraphLimits {
  /** The entities within `depth` facts (either direction) of `node`: an entity id, a name or an alias. */
  readonly ego?: { readonly node: string; readonly depth: number };
  /** Entity types to keep (any case); the ego entity stays whatever its type. */
  readonly types?: readonly string[];
  /** Facts last seen on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly since?: string;
  /** Facts first seen on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; a month or year counts whole). */
  readonly until?: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The part of `graph` the limits select, as a new graph; `graph` itself when there are none. With a date
 * range, facts without dates are dropped, and so are entities the range leaves without facts (not the ego).
 * The ego network is walked over the facts and types that remain.
 */
export function limitGraph(graph: KnowledgeGraph, limits: GraphLimits): KnowledgeGraph {
  const { ego, types, since, until } = limits;
  if (ego === undefined && types === undefined && since === undefined && until === undefined) return graph;
  const egoId = ego === undefined ? undefined : findEntity(graph, ego.node);
  const keepType = typeFilter(types);

  let dated = graph;
  const isolatedByDate = new Set<string>();
  if (since !== undefined || until !== undefined) {
    const inRange = dateFilter(since, until);
    dated = graph.copy();
    for (const key of dated.filterEdges((_key, attributes) => !inRange(attributes))) dated.dropEdge(key);
    dated.forEachNode((key) => {
      if (dated.degree(key) === 0 && graph.degree(key) > 0 && key !== egoId) isolatedByDate.add(key);
    });
  }

  // `subgraph` copies through `nullCopy`, so the result is a MultiDirectedGraph like its input.
  const kept = subgraph(dated, (key, attributes) => !isolatedByDate.has(key) && (key === egoId || keepType(attributes.type))) as KnowledgeGraph;
  if (egoId === undefined || ego === undefined) return kept;

  const depth = Math.max(0, Math.floor(ego.depth));
  const around = new Set<string>();
  bfsFromNode(kept, egoId, (key, _attributes, distance) => {
    around.add(key);
    return distance >= depth;
  }, { mode: 'directed' });
  return subgraph(kept, around) as KnowledgeGraph;
}

function typeFilter(types: readonly string[] | undefined): (type: EntityType) => boolean {
  if (types === undefined) return () => true;
  const byLowerCase = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [t.toLowerCase(), t]));
  const wanted = new Set<EntityType>();
  for (const name of types) {
    const type = byLowerCase.get(name.trim().toLowerCase());
    if (type === undefined) throw new KgError('CONFIG_INVALID', `unknown entity type "${name}": use one of ${ENTITY_TYPES.join(', ')}`);
    wanted.add(type);
  }
  return (type) => wanted.has(type);
}

/** Whether a fact's [firstSeen, lastSeen] overlaps [since, until]; a fact with neither date does not. */
function dateFilter(since: string | undefined, until: string | undefined): (fact: FactEdgeAttributes) => boolean {
  for (const [flag, value] of [['since', since], ['until', until]] as const) {
    if (value !== undefined && !DATE.test(value)) {
      throw new KgError('CONFIG_INVALID', `--${flag} "${value}" is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)`);
    }
  }
  return (fact) => {
    const first = fact.firstSeen ?? fact.lastSeen;
    const last = fact.lastSeen ?? fact.firstSeen;
    if (first === undefined || last === undefined) return false;
    // Comparing the prefix makes `until` a whole month or year when it names one.
    return (since === undefined || last >= since) && (until === undefined || first.slice(0, until.length) <= until);
  };
}
