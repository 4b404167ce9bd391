// Cytoscape JSON (`elements: {nodes, edges}` of `{data}`), as Cytoscape.js loads and Cytoscape desktop imports (.cyjs).
import { SYMMETRIC_RELATIONS } from '../schema/index.js';
import type { KnowledgeGraph } from '../stores/store.js';
import { edgeColumns, nodeColumns, readColumn, type Column, type ColumnValue } from './columns.js';

export interface CytoscapeJsonOptions {
  /** Write `position: {x: lon, y: -lat}` for entities that have coordinates (north up on screen). */
  readonly geoPositions?: boolean;
  readonly pretty?: boolean;
}

type Data = Record<string, ColumnValue>;

export function writeCytoscapeJson(graph: KnowledgeGraph, options: CytoscapeJsonOptions = {}): string {
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns(graph);
  const nodes: { data: Data; position?: { x: number; y: number } }[] = [];
  graph.forEachNode((key, attributes) => {
    // `name` is the column Cytoscape desktop labels nodes with; `label` the one Cytoscape.js styles usually read.
    const data: Data = { ...values(nodeCols, attributes), id: key, label: attributes.label, name: attributes.label };
    const { lat, lon } = attributes;
    const position = options.geoPositions === true && typeof lat === 'number' && typeof lon === 'number' ? { x: lon, y: -lat } : undefined;
    nodes.push(position === undefined ? { data } : { data, position });
  });
  const edges: { data: Data }[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    edges.push({
      data: {
        ...values(edgeCols, attributes), id: key, source, target, label: attributes.type, interaction: attributes.type,
        symmetric: SYMMETRIC_RELATIONS.has(attributes.type),
      },
    });
  });
  const document = {
    format_version: '1.0',
    generated_by: 'news-kg',
    target_cytoscapejs_version: '~3.0',
    data: { name: 'news knowledge graph' },
    elements: { nodes, edges },
  };
  return `${JSON.stringify(document, null, options.pretty === true ? 2 : undefined)}\n`;
}

function values(columns: readonly Column[], attributes: object): Data {
  const data: Data = {};
  for (const column of columns) {
    const value = readColumn(column, attributes);
    if (value !== undefined) data[column.name] = value;
  }
  return data;
}
