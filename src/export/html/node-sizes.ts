// Node sizes for the HTML viewer: one metric chosen, scaled monotonically into a radius range.
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../stores/store.js';

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 22;

const METRIC_LABELS: Readonly<Record<string, string>> = {
  pagerank: 'PageRank',
  degree: 'degree',
  betweenness: 'betweenness centrality',
  articleCount: 'number of articles',
};

export interface SizeMetric {
  /** The node attribute the sizes follow. */
  readonly attribute: string;
  /** How the page names it. */
  readonly label: string;
  /** Each node's value of the metric; nodes without one are absent. */
  readonly values: ReadonlyMap<string, number>;
}

function numericAttribute(graph: KnowledgeGraph, node: string, attribute: string): number | undefined {
  const value = graph.getNodeAttribute(node, attribute);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The metric named by `sizeBy`, else PageRank when the graph carries it, else degree.
 * Degree is computed from the graph when no node carries a `degree` attribute.
 */
export function chooseSizeMetric(graph: KnowledgeGraph, sizeBy?: string): SizeMetric {
  const hasAttribute = (attribute: string) =>
    graph.someNode((node) => numericAttribute(graph, node, attribute) !== undefined);
  const attribute = sizeBy ?? (hasAttribute('pagerank') ? 'pagerank' : 'degree');
  const computeDegree = attribute === 'degree' && !hasAttribute('degree');
  if (!computeDegree && graph.order > 0 && !hasAttribute(attribute)) {
    throw new KgError(
      'CONFIG_INVALID',
      `Cannot size nodes by "${attribute}": no node has a numeric "${attribute}" attribute. ` +
        'Run `kg analyze --write` to compute metrics, or choose another attribute (pagerank, degree, betweenness, articleCount).',
    );
  }
  const values = new Map<string, number>();
  graph.forEachNode((node) => {
    const value = computeDegree ? graph.degree(node) : numericAttribute(graph, node, attribute);
    if (value !== undefined) values.set(node, value);
  });
  return { attribute, label: METRIC_LABELS[attribute] ?? attribute, values };
}

/** A radius for each node, strictly increasing in the metric (square-root scale, not rounded, so close values stay ordered); nodes without a value get the minimum. */
export function nodeSizes(graph: KnowledgeGraph, metric: SizeMetric): Map<string, number> {
  const known = [...metric.values.values()];
  const low = Math.min(...known);
  const high = Math.max(...known);
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => {
    const value = metric.values.get(node);
    let share: number;
    if (value === undefined) share = 0;
    else if (high > low) share = Math.sqrt((value - low) / (high - low));
    else share = 0.5;
    sizes.set(node, MIN_NODE_SIZE + share * (MAX_NODE_SIZE - MIN_NODE_SIZE));
  });
  return sizes;
}

