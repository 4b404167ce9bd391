// A deterministic ForceAtlas2 layout for the HTML export: a seeded random start and a fixed number of iterations.
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../../stores/store.js';

// The package is CommonJS typed as `export default`; Node's ESM loader hands over module.exports itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

export const DEFAULT_LAYOUT_SEED = 42;

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** mulberry32: a small seeded generator, so the same graph always gets the same picture. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exact forces below this many nodes; Barnes-Hut above (exact costs order² per iteration). */
const EXACT_LAYOUT_MAX_NODES = 400;

/** Enough iterations to settle a small graph; about 300,000 node-iterations for a larger one. */
function iterationsFor(order: number): number {
  if (order <= EXACT_LAYOUT_MAX_NODES) return 500;
  return Math.max(40, Math.min(300, Math.round(300_000 / order)));
}

/** Positions for every node; the graph itself is not touched (the layout runs on an undirected copy). */
export function layoutPositions(graph: KnowledgeGraph, seed = DEFAULT_LAYOUT_SEED): Map<string, Position> {
  const random = seededRandom(seed);
  const copy = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  graph.forEachNode((node) => copy.addNode(node, { x: random() * 100, y: random() * 100 }));
  // Parallel facts pull a pair closer: one edge per pair, weighted by how many facts link them.
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    if (copy.hasEdge(source, target)) copy.updateEdgeAttribute(source, target, 'weight', (weight) => (weight ?? 0) + 1);
    else copy.addEdge(source, target, { weight: 1 });
  });
  const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > EXACT_LAYOUT_MAX_NODES };
  const positions = forceAtlas2(copy, { iterations: iterationsFor(copy.order), settings, getEdgeWeight: 'weight' });
  return new Map(Object.entries(positions).map(([node, { x, y }]) => [node, { x: round(x), y: round(y) }]));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
