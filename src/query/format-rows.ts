// Query results as an aligned table, JSON or CSV.
import { stringify } from 'csv-stringify/sync';
import type { Row } from './run-query.js';

export type RowFormat = 'table' | 'json' | 'csv';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function formatRows(rows: readonly Row[], format: RowFormat): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (format === 'csv') return stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]);
  if (rows.length === 0) return '(no rows)\n';
  const MAX_CELL = 80;
  const text = rows.map((r) => columns.map((c) => {
    const s = cell(r[c]).replace(/\s+/g, ' ');
    return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s;
  }));
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((t) => (t[i] ?? '').length)));
  const line = (values: readonly string[]): string => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n')}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}
