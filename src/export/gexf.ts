// GEXF 1.3 for Gephi: typed node and edge attribute declarations, relation type as edge label and kind.
import { SYMMETRIC_RELATIONS } from '../schema/index.js';
import type { KnowledgeGraph } from '../stores/store.js';
import { edgeColumns, nodeColumns, readColumn, type Column, type ColumnType, type ColumnValue } from './columns.js';
import { escapeXml } from './xml-escape.js';

export interface GexfOptions {
  /** Write `viz:position` from longitude (x) and latitude (y) for entities that have coordinates. */
  readonly geoPositions?: boolean;
}

const GEXF_TYPES: Readonly<Record<ColumnType, string>> = {
  string: 'string', strings: 'string', integer: 'integer', long: 'long', double: 'double', boolean: 'boolean',
};
/** Aliases (and any list) are one string, items joined by this. */
export const GEXF_LIST_SEPARATOR = '|';

export function writeGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>news-kg</creator>',
    `    <description>${escapeXml(`news knowledge graph: ${graph.order} entities, ${graph.size} facts`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static" idtype="string">',
    ...declarations('node', nodeCols),
    ...declarations('edge', edgeCols),
    '    <nodes>',
  ];
  graph.forEachNode((key, attributes) => {
    lines.push(`      <node id="${escapeXml(key)}" label="${escapeXml(attributes.label)}">`);
    lines.push(...attvalues(nodeCols, attributes));
    if (options.geoPositions === true && typeof attributes.lat === 'number' && typeof attributes.lon === 'number') {
      lines.push(`        <viz:position x="${attributes.lon}" y="${attributes.lat}" z="0.0"/>`);
    }
    lines.push('      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((key, attributes, source, target) => {
    const direction = SYMMETRIC_RELATIONS.has(attributes.type) ? ' type="undirected"' : '';
    lines.push(
      `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${direction}`
        + ` kind="${escapeXml(attributes.type)}" label="${escapeXml(attributes.type)}" weight="${attributes.articleCount}">`,
    );
    lines.push(...attvalues(edgeCols, attributes));
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function declarations(kind: 'node' | 'edge', columns: readonly Column[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${escapeXml(c.name)}" title="${escapeXml(c.name)}" type="${GEXF_TYPES[c.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(columns: readonly Column[], attributes: object): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const value = readColumn(column, attributes);
    if (value !== undefined) lines.push(`          <attvalue for="${escapeXml(column.name)}" value="${escapeXml(gexfText(value))}"/>`);
  }
  return lines.length === 0 ? [] : ['        <attvalues>', ...lines, '        </attvalues>'];
}

function gexfText(value: ColumnValue): string {
  return Array.isArray(value) ? value.join(GEXF_LIST_SEPARATOR) : String(value);
}
