// The typed attribute columns every tabular export declares: the entity's and fact's own fields first, then metrics.
import type { KnowledgeGraph } from '../stores/store.js';

/** `strings` is a list of strings; `integer` fits 32 bits, `long` does not. */
export type ColumnType = 'string' | 'strings' | 'integer' | 'long' | 'double' | 'boolean';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

export type ColumnValue = string | number | boolean | readonly string[];

interface CoreColumn {
  readonly name: string;
  /** The type declared when no element has a value. */
  readonly whenEmpty: ColumnType;
  /** Coordinates stay doubles even when every value happens to be whole. */
  readonly atLeastDouble?: boolean;
}

const NODE_CORE: readonly CoreColumn[] = [
  { name: 'type', whenEmpty: 'string' },
  { name: 'aliases', whenEmpty: 'strings' },
  { name: 'lat', whenEmpty: 'double', atLeastDouble: true },
  { name: 'lon', whenEmpty: 'double', atLeastDouble: true },
  { name: 'articleCount', whenEmpty: 'integer' },
];

const EDGE_CORE: readonly CoreColumn[] = [
  { name: 'type', whenEmpty: 'string' },
  { name: 'title', whenEmpty: 'string' },
  { name: 'quantity', whenEmpty: 'double' },
  { name: 'modality', whenEmpty: 'string' },
  { name: 'articleCount', whenEmpty: 'integer' },
  { name: 'firstSeen', whenEmpty: 'string' },
  { name: 'lastSeen', whenEmpty: 'string' },
];

/** Node fields every format carries as the element's own id and label, not as a column. */
const NODE_IDENTITY: ReadonlySet<string> = new Set(['id', 'label']);
/** `key` is the edge id; evidence sentences are records of their own (SPEC section 5), not a column. */
const EDGE_IDENTITY: ReadonlySet<string> = new Set(['key', 'evidence']);

const INT32_MAX = 0x7fffffff;

export function nodeColumns(graph: KnowledgeGraph): Column[] {
  const values = new Map<string, unknown[]>();
  graph.forEachNode((_key, attributes) => collect(values, attributes, NODE_IDENTITY));
  return columnsOf(values, NODE_CORE);
}

export function edgeColumns(graph: KnowledgeGraph): Column[] {
  const values = new Map<string, unknown[]>();
  graph.forEachEdge((_key, attributes) => collect(values, attributes, EDGE_IDENTITY));
  return columnsOf(values, EDGE_CORE);
}

/** The element's value for `column`, as the column declares it, or undefined when there is none to write. */
export function readColumn(column: Column, attributes: object): ColumnValue | undefined {
  return columnValue(column, (attributes as Record<string, unknown>)[column.name]);
}

function columnValue(column: Column, raw: unknown): ColumnValue | undefined {
  if (isEmpty(raw)) return undefined;
  switch (column.type) {
    case 'strings':
      return Array.isArray(raw) ? raw.map((item) => asString(item)) : [asString(raw)];
    case 'string':
      return asString(raw);
    default:
      return raw as number | boolean;
  }
}

function collect(values: Map<string, unknown[]>, attributes: object, skip: ReadonlySet<string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.has(name) || isEmpty(value)) continue;
    const list = values.get(name);
    if (list === undefined) values.set(name, [value]);
    else list.push(value);
  }
}

function columnsOf(values: ReadonlyMap<string, readonly unknown[]>, core: readonly CoreColumn[]): Column[] {
  const coreNames = new Set(core.map((c) => c.name));
  const columns: Column[] = core.map((c) => {
    const seen = values.get(c.name);
    if (seen === undefined) return { name: c.name, type: c.whenEmpty };
    const type = inferType(seen);
    return { name: c.name, type: c.atLeastDouble === true && (type === 'integer' || type === 'long') ? 'double' : type };
  });
  const extras = [...values.keys()].filter((name) => !coreNames.has(name)).sort();
  for (const name of extras) columns.push({ name, type: inferType(values.get(name) ?? []) });
  return columns;
}

function inferType(values: readonly unknown[]): ColumnType {
  let type: ColumnType | undefined;
  for (const value of values) type = type === undefined ? typeOf(value) : widen(type, typeOf(value));
  return type ?? 'string';
}

function typeOf(value: unknown): ColumnType {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) <= INT32_MAX ? 'integer' : 'long';
  }
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'strings';
  return 'string';
}

function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  const numeric = ['integer', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return a === 'double' || b === 'double' ? 'double' : 'long';
  return 'string';
}

/** No value to write: missing, null, not a finite number, or an empty list. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))
    || (Array.isArray(value) && value.length === 0);
}

function asString(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
