// Centrality and communities over the entity graph (graphology standard library), with an `assign` variant.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { centrality } from 'graphology-metrics';
import louvainModule from 'graphology-communities-louvain';
import type { KnowledgeGraph } from '../stores/store.js';

// the package's CommonJS default export arrives as the module object under NodeNext
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface NodeMetrics {
  readonly degree: number;
  readonly pagerank: number;
  readonly betweenness: number;
  readonly community: number;
}

export interface MetricsOptions {
  /** Seed for Louvain's tie-breaking, so communities are reproducible. */
  readonly seed?: number;
}

/** Collapses parallel fact edges into one weighted edge (metrics of the standard library take simple graphs). */
function simple(graph: KnowledgeGraph, type: 'directed' | 'undirected'): DirectedGraph | UndirectedGraph {
  const out = type === 'directed' ? new DirectedGraph() : new UndirectedGraph();
  graph.forEachNode((node) => out.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const existing = out.edge(source, target);
    if (existing !== undefined) out.updateEdgeAttribute(existing, 'weight', (w: number | undefined) => (w ?? 0) + 1);
    else out.addEdge(source, target, { weight: 1 });
  });
  return out;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export function computeMetrics(graph: KnowledgeGraph, options: MetricsOptions = {}): Map<string, NodeMetrics> {
  const directed = simple(graph, 'directed');
  const undirected = simple(graph, 'undirected');
  const ranks = directed.order > 0 ? centrality.pagerank(directed, { getEdgeWeight: 'weight' }) : {};
  const between = undirected.order > 0 ? centrality.betweenness(undirected, { normalized: true }) : {};
  const communities = undirected.size > 0 ? louvain(undirected, { rng: seeded(options.seed ?? 42), getEdgeWeight: 'weight' }) : {};
  const out = new Map<string, NodeMetrics>();
  graph.forEachNode((node) => {
    out.set(node, {
      degree: graph.degree(node),
      pagerank: ranks[node] ?? 0,
      betweenness: between[node] ?? 0,
      community: communities[node] ?? 0,
    });
  });
  return out;
}

/** Computes the metrics and writes them onto the graph's nodes. */
computeMetrics.assign = function assign(graph: KnowledgeGraph, options: MetricsOptions = {}): Map<string, NodeMetrics> {
  const metrics = computeMetrics(graph, options);
  for (const [node, values] of metrics) graph.mergeNodeAttributes(node, { ...values });
  return metrics;
};
