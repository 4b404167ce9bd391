// Cypher literals for the script export: strings, numbers, lists and maps written so Neo4j reads back exactly the value.
import type { ColumnType, ColumnValue } from './columns.js';

const STRING_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
};
// Backslash, quote, and every control character; lone surrogates (not encodable as UTF-8) become U+FFFD.
const NEEDS_ESCAPE = /[\\'\u0000-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cypherString(text: string): string {
  const escaped = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(NEEDS_ESCAPE, (c) => STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

/** A label, relationship type or map key, backtick-quoted so any name is safe. */
export function cypherName(name: string): string {
  return `\`${name.replace(LONE_SURROGATE, '\uFFFD').replace(/`/g, '``')}\``;
}

export function cypherNumber(value: number, type: ColumnType): string {
  const text = String(value).replace('e+', 'e');
  // A whole number in a double column keeps its fraction, or Neo4j would store an integer.
  return type === 'double' && /^-?\d+$/.test(text) ? `${text}.0` : text;
}

export function cypherLiteral(value: ColumnValue, type: ColumnType): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherNumber(value, type);
  if (typeof value === 'boolean') return String(value);
  return `[${value.map((item) => cypherString(item)).join(', ')}]`;
}

/** A map literal from already-written values. */
export function cypherMap(entries: ReadonlyArray<readonly [string, string]>): string {
  return `{${entries.map(([key, literal]) => `${cypherName(key)}: ${literal}`).join(', ')}}`;
}
