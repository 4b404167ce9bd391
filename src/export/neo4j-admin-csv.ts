// CSV files in the `neo4j-admin database import full` layout: a nodes file per entity type, a relationships file per relation type.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { KgError } from '../errors.js';
import { DEFAULT_ARRAY_DELIMITER, neo4jAdminCommandLine, neo4jAdminImportArgs } from '../server/admin.js';
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES } from '../schema/index.js';
import type { KnowledgeGraph } from '../stores/store.js';
import { edgeColumns, nodeColumns, readColumn, type Column, type ColumnType } from './columns.js';

export interface Neo4jAdminCsvOptions {
  /** The database `command` imports into. */
  readonly database?: string;
}

export interface CsvFile {
  readonly name: string;
  readonly content: string;
}

export interface Neo4jAdminCsv {
  readonly nodes: readonly CsvFile[];
  readonly relationships: readonly CsvFile[];
  /** `;` (neo4j-admin's default) unless a list item holds one; then the first of `|`, U+001F that none holds. */
  readonly arrayDelimiter: string;
  /** Some field holds a line break, so the import needs `--multiline-fields=true`. */
  readonly multilineFields: boolean;
}

const ARRAY_DELIMITERS = [DEFAULT_ARRAY_DELIMITER, '|', '\u001F'] as const;

const ADMIN_TYPES: Readonly<Record<ColumnType, string>> = {
  string: '', strings: ':string[]', integer: ':int', long: ':long', double: ':double', boolean: ':boolean',
};

/** The CSV files (names and contents) and how to import them; nothing is written. */
export function neo4jAdminCsvFiles(graph: KnowledgeGraph): Neo4jAdminCsv {
  const nodeCols = nodeColumns(graph).filter((c) => c.name !== 'type' && c.name !== 'name');
  const edgeCols = edgeColumns(graph).filter((c) => c.name !== 'type');
  const delimiter = arrayDelimiter(graph, [...nodeCols, ...edgeCols]);
  const nodeHeader = ['id:ID', 'name', ...nodeCols.map(headerName), ':LABEL'];
  const edgeHeader = [':START_ID', ':END_ID', ':TYPE', 'key', ...edgeCols.map(headerName)];

  let multilineFields = false;
  const file = (name: string, header: readonly string[], rows: readonly string[][]): CsvFile => {
    multilineFields ||= rows.some((row) => row.some((field) => /[\r\n]/.test(field)));
    return { name, content: stringify([header, ...rows]) };
  };

  const nodes: CsvFile[] = [];
  for (const type of ENTITY_TYPES) {
    const rows: string[][] = [];
    graph.forEachNode((key, attributes) => {
      if (attributes.type !== type) return;
      rows.push([key, attributes.label, ...fields(nodeCols, attributes, delimiter), ENTITY_LABELS[type].join(delimiter)]);
    });
    if (rows.length > 0) nodes.push(file(`nodes-${type}.csv`, nodeHeader, rows));
  }
  const relationships: CsvFile[] = [];
  for (const type of RELATION_TYPES) {
    const rows: string[][] = [];
    graph.forEachEdge((key, attributes, source, target) => {
      if (attributes.type === type) rows.push([source, target, type, key, ...fields(edgeCols, attributes, delimiter)]);
    });
    if (rows.length > 0) relationships.push(file(`relationships-${type}.csv`, edgeHeader, rows));
  }
  return { nodes, relationships, arrayDelimiter: delimiter, multilineFields };
}

/** Writes the CSV files into `dir` (created if missing); `command` (and `args`, for neo4j-admin) load them into an empty database. */
export async function writeNeo4jAdminCsv(
  graph: KnowledgeGraph, dir: string, options: Neo4jAdminCsvOptions = {},
): Promise<{ files: string[]; command: string; args: string[] }> {
  const csv = neo4jAdminCsvFiles(graph);
  await mkdir(dir, { recursive: true });
  const write = async (file: CsvFile): Promise<string> => {
    const target = path.join(dir, file.name);
    await writeFile(target, file.content, 'utf8');
    return target;
  };
  const nodes = await Promise.all(csv.nodes.map(write));
  const relationships = await Promise.all(csv.relationships.map(write));
  const args = neo4jAdminImportArgs(nodes, relationships, csv, options);
  return { files: [...nodes, ...relationships], command: neo4jAdminCommandLine(args), args };
}

function headerName(column: Column): string {
  if (/[:,]/.test(column.name)) {
    throw new KgError('CONFIG_INVALID', `cannot write attribute "${column.name}" as a neo4j-admin CSV column: rename it without ":" or ","`);
  }
  return `${column.name}${ADMIN_TYPES[column.type]}`;
}

function fields(columns: readonly Column[], attributes: object, delimiter: string): string[] {
  return columns.map((column) => {
    const value = readColumn(column, attributes);
    if (value === undefined) return '';
    return Array.isArray(value) ? value.join(delimiter) : String(value);
  });
}

function arrayDelimiter(graph: KnowledgeGraph, columns: readonly Column[]): string {
  const listColumns = columns.filter((c) => c.type === 'strings');
  const items: string[] = [];
  const gather = (attributes: object): void => {
    for (const column of listColumns) {
      const value = readColumn(column, attributes);
      if (Array.isArray(value)) items.push(...(value as readonly string[]));
    }
  };
  graph.forEachNode((_key, attributes) => gather(attributes));
  graph.forEachEdge((_key, attributes) => gather(attributes));
  const free = ARRAY_DELIMITERS.find((d) => items.every((item) => !item.includes(d)));
  if (free === undefined) {
    throw new KgError('CONFIG_INVALID', 'cannot write list values as neo4j-admin CSV: every array delimiter (";", "|", U+001F) occurs in some item');
  }
  return free;
}
