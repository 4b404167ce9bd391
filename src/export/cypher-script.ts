// A Cypher script that rebuilds the graph in Neo4j: the id constraint, then batched UNWIND ... MERGE by entity type and relation type.
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES } from '../schema/index.js';
import type { KnowledgeGraph } from '../stores/store.js';
import { edgeColumns, nodeColumns, readColumn, type Column } from './columns.js';
import { cypherLiteral, cypherMap, cypherName, cypherString } from './cypher-literal.js';

export interface CypherScriptOptions {
  /** Rows in one UNWIND statement. */
  readonly batchSize?: number;
}

export const DEFAULT_CYPHER_BATCH_ROWS = 500;

/** The constraint the script creates first; MERGE on `:Entity {id}` relies on it. */
export const ENTITY_ID_CONSTRAINT = 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE';

/**
 * Statements end with `;` at the end of a line, and no line inside a statement does (string literals never
 * hold a raw newline), so the script loads with `cypher-shell -f` or by splitting on `;\n`.
 */
export function writeCypherScript(graph: KnowledgeGraph, options: CypherScriptOptions = {}): string {
  const batchRows = Math.max(1, options.batchSize ?? DEFAULT_CYPHER_BATCH_ROWS);
  // The type is in the labels, the key in the MERGE pattern.
  const nodeCols = nodeColumns(graph).filter((c) => c.name !== 'type' && c.name !== 'name');
  const edgeCols = edgeColumns(graph).filter((c) => c.name !== 'type');
  const statements = [`${ENTITY_ID_CONSTRAINT};`];

  for (const type of ENTITY_TYPES) {
    const rows: string[] = [];
    graph.forEachNode((key, attributes) => {
      if (attributes.type !== type) return;
      const props = [...properties(nodeCols, attributes), ['name', cypherString(attributes.label)] as const];
      rows.push(cypherMap([['id', cypherString(key)], ['props', cypherMap(props)]]));
    });
    const labels = ENTITY_LABELS[type].filter((label) => label !== 'Entity').map(cypherName).join(':');
    for (const batch of batches(rows, batchRows)) {
      statements.push(`UNWIND [\n${batch.join(',\n')}\n] AS row\nMERGE (n:Entity {id: row.id})\nSET n += row.props, n:${labels};`);
    }
  }

  for (const type of RELATION_TYPES) {
    const rows: string[] = [];
    graph.forEachEdge((key, attributes, source, target) => {
      if (attributes.type !== type) return;
      rows.push(cypherMap([
        ['source', cypherString(source)], ['target', cypherString(target)], ['key', cypherString(key)],
        ['props', cypherMap(properties(edgeCols, attributes))],
      ]));
    });
    for (const batch of batches(rows, batchRows)) {
      statements.push(
        `UNWIND [\n${batch.join(',\n')}\n] AS row\nMATCH (a:Entity {id: row.source})\nMATCH (b:Entity {id: row.target})\n`
          + `MERGE (a)-[r:${cypherName(type)} {key: row.key}]->(b)\nSET r += row.props;`,
      );
    }
  }

  const header = `// news-kg Cypher script: ${graph.order} entities, ${graph.size} facts. Load with cypher-shell -f FILE\n`;
  return `${header}${statements.join('\n')}\n`;
}

function properties(columns: readonly Column[], attributes: object): (readonly [string, string])[] {
  const entries: (readonly [string, string])[] = [];
  for (const column of columns) {
    const value = readColumn(column, attributes);
    if (value !== undefined) entries.push([column.name, cypherLiteral(value, column.type)]);
  }
  return entries;
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
