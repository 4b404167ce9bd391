// Paths and neighbourhoods: the shortest chain of facts between two entities, and an entity's ego network.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { findEntity } from './find-entity.js';
import type { KnowledgeGraph } from '../stores/store.js';

/** The shortest path between two entities, ignoring edge direction; entity ids, or undefined when none. */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string): string[] | undefined {
  const source = findEntity(graph, from);
  const target = findEntity(graph, to);
  const undirected = new UndirectedGraph();
  graph.forEachNode((node) => undirected.addNode(node));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s !== t && !undirected.hasEdge(s, t)) undirected.addEdge(s, t);
  });
  const path = bidirectional(undirected, source, target);
  return path ?? undefined;
}

/** Entity ids within `depth` hops of `center`, ignoring direction, the center first. */
export function egoNodes(graph: KnowledgeGraph, center: string, depth: number): string[] {
  const start = findEntity(graph, center);
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (seen.has(neighbor)) return;
        seen.add(neighbor);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  return [...seen];
}
