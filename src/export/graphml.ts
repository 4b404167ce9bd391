// GraphML with typed keys (`attr.type`) for yEd, Gephi, Cytoscape and networkx; symmetric relations as undirected edges.
import { SYMMETRIC_RELATIONS } from '../schema/index.js';
import type { KnowledgeGraph } from '../stores/store.js';
import { edgeColumns, nodeColumns, readColumn, type Column, type ColumnType } from './columns.js';
import { escapeXml } from './xml-escape.js';

const GRAPHML_TYPES: Readonly<Record<ColumnType, string>> = {
  string: 'string', strings: 'string', integer: 'int', long: 'long', double: 'double', boolean: 'boolean',
};
/** Aliases (and any list) are one string, items joined by this. */
export const GRAPHML_LIST_SEPARATOR = '|';

interface Key extends Column {
  readonly id: string;
}

export function writeGraphml(graph: KnowledgeGraph): string {
  const label: Column = { name: 'label', type: 'string' };
  const nodeKeys = keys('n', [label, ...nodeColumns(graph)]);
  const edgeKeys = keys('e', [{ name: 'label', type: 'string' }, ...edgeColumns(graph)]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declarations('node', nodeKeys),
    ...declarations('edge', edgeKeys),
    '  <graph id="G" edgedefault="directed">',
  ];
  graph.forEachNode((key, attributes) => {
    lines.push(`    <node id="${escapeXml(key)}">`, ...data(nodeKeys, attributes), '    </node>');
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const direction = SYMMETRIC_RELATIONS.has(attributes.type) ? ' directed="false"' : '';
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${direction}>`,
      ...data(edgeKeys, { ...attributes, label: attributes.type }),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function keys(prefix: string, columns: readonly Column[]): Key[] {
  return columns.map((column, i) => ({ ...column, id: `${prefix}${i}` }));
}

function declarations(kind: 'node' | 'edge', keyList: readonly Key[]): string[] {
  return keyList.map((k) => `  <key id="${k.id}" for="${kind}" attr.name="${escapeXml(k.name)}" attr.type="${GRAPHML_TYPES[k.type]}"/>`);
}

function data(keyList: readonly Key[], attributes: object): string[] {
  const lines: string[] = [];
  for (const key of keyList) {
    const value = readColumn(key, attributes);
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(GRAPHML_LIST_SEPARATOR) : String(value);
    lines.push(`      <data key="${key.id}">${escapeXml(text)}</data>`);
  }
  return lines;
}
