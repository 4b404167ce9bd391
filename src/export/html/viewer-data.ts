// The data the HTML viewer embeds: entities with position, size and colour, facts with their evidence.
import { ENTITY_TYPES, type EntityType, type RelationType } from '../../schema/index.js';
import type { EvidenceSentence, FactEdgeAttributes, KnowledgeGraph } from '../../stores/store.js';
import { TYPE_COLORS } from './colors.js';
import { layoutPositions } from './layout.js';
import { chooseSizeMetric, nodeSizes } from './node-sizes.js';

export interface ViewerNode {
  readonly key: string;
  readonly label: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly articleCount: number;
  readonly lat?: number;
  readonly lon?: number;
  /** The other numeric or text attributes: pagerank, degree, betweenness, community, ... */
  readonly metrics: Readonly<Record<string, number | string>>;
  readonly x: number;
  readonly y: number;
  /** Radius, monotonic in the size metric (`ViewerData.sizeBy`). */
  readonly size: number;
  readonly color: string;
}

export interface ViewerEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  readonly title?: string;
  readonly quantity?: number;
  readonly modality?: FactEdgeAttributes['modality'];
  readonly articleCount: number;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly evidence: readonly EvidenceSentence[];
}

export interface ViewerData {
  readonly title: string;
  readonly sizeBy: {
    readonly attribute: string;
    readonly label: string;
    /** Nodes without a value of the metric, drawn at the smallest size. */
    readonly missing: number;
  };
  readonly types: readonly { readonly type: EntityType; readonly color: string; readonly count: number }[];
  /** The span of the facts' firstSeen/lastSeen dates (YYYY-MM-DD). */
  readonly dates: { readonly first?: string; readonly last?: string };
  readonly nodes: readonly ViewerNode[];
  readonly edges: readonly ViewerEdge[];
}

export interface ViewerDataOptions {
  readonly title: string;
  readonly sizeBy?: string;
}

const NODE_FIELDS = new Set(['id', 'type', 'label', 'aliases', 'articleCount', 'lat', 'lon', 'x', 'y', 'size', 'color']);

function metricsOf(attributes: Record<string, unknown>): Record<string, number | string> {
  const metrics: Record<string, number | string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (NODE_FIELDS.has(name)) continue;
    if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string') metrics[name] = value;
  }
  return metrics;
}

function day(date: string): string {
  return date.slice(0, 10);
}

export function toViewerData(graph: KnowledgeGraph, options: ViewerDataOptions): ViewerData {
  const metric = chooseSizeMetric(graph, options.sizeBy);
  const sizes = nodeSizes(graph, metric);
  const positions = layoutPositions(graph);
  const typeCounts = new Map<EntityType, number>();

  const nodes = graph.mapNodes((key, attributes): ViewerNode => {
    typeCounts.set(attributes.type, (typeCounts.get(attributes.type) ?? 0) + 1);
    const metrics = metricsOf(attributes);
    const value = metric.values.get(key);
    if (value !== undefined) metrics[metric.attribute] = value;
    const position = positions.get(key) ?? { x: 0, y: 0 };
    return {
      key,
      label: attributes.label,
      type: attributes.type,
      aliases: attributes.aliases,
      articleCount: attributes.articleCount,
      ...(attributes.lat !== undefined && { lat: attributes.lat }),
      ...(attributes.lon !== undefined && { lon: attributes.lon }),
      metrics,
      x: position.x,
      y: position.y,
      size: sizes.get(key) ?? 0,
      color: TYPE_COLORS[attributes.type],
    };
  });

  const days: string[] = [];
  const edges = graph.mapEdges((key, attributes, source, target): ViewerEdge => {
    if (attributes.firstSeen !== undefined) days.push(day(attributes.firstSeen));
    if (attributes.lastSeen !== undefined) days.push(day(attributes.lastSeen));
    return {
      key,
      source,
      target,
      type: attributes.type,
      ...(attributes.title !== undefined && { title: attributes.title }),
      ...(attributes.quantity !== undefined && { quantity: attributes.quantity }),
      ...(attributes.modality !== undefined && { modality: attributes.modality }),
      articleCount: attributes.articleCount,
      ...(attributes.firstSeen !== undefined && { firstSeen: attributes.firstSeen }),
      ...(attributes.lastSeen !== undefined && { lastSeen: attributes.lastSeen }),
      evidence: attributes.evidence ?? [],
    };
  });
  days.sort();

  const types = ENTITY_TYPES.flatMap((type) => {
    const count = typeCounts.get(type);
    return count === undefined ? [] : [{ type, color: TYPE_COLORS[type], count }];
  });
  const first = days[0];
  const last = days[days.length - 1];

  return {
    title: options.title,
    sizeBy: { attribute: metric.attribute, label: metric.label, missing: graph.order - metric.values.size },
    types,
    dates: { ...(first !== undefined && { first }), ...(last !== undefined && { last }) },
    nodes,
    edges,
  };
}
