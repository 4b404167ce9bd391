// Runs a named query against Neo4j: read-only sessions unless the query is marked @writes and --write is given.
import neo4j, { type Driver } from 'neo4j-driver';
import { KgError } from '../errors.js';
import type { NamedQuery } from './library.js';

export type Row = Record<string, unknown>;

/** Converts driver values (nodes, relationships, paths, temporal values) into plain JSON-able data. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value !== 'object') return value;
  const v = value as Record<string, unknown> & { constructor?: { name?: string } };
  if ('labels' in v && 'properties' in v) return { labels: v['labels'], ...(plain(v['properties']) as Row) };
  if ('type' in v && 'properties' in v && 'start' in v) return { type: v['type'], ...(plain(v['properties']) as Row) };
  if ('segments' in v && 'start' in v && 'end' in v) {
    const segments = v['segments'] as { start: unknown; relationship: unknown; end: unknown }[];
    return segments.map((s) => ({ start: plain(s.start), relationship: plain(s.relationship), end: plain(s.end) }));
  }
  if (typeof (v as { toString?: unknown }).toString === 'function' && v.constructor?.name && /Date|Time|Duration/.test(v.constructor.name)) return String(v);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
}

export async function runNamedQuery(driver: Driver, query: NamedQuery, params: Row, options: { write?: boolean; database?: string } = {}): Promise<Row[]> {
  if (query.writes && !options.write) {
    throw new KgError('QUERY_PARAM_INVALID', `query "${query.name}" changes the graph: run it with --write`);
  }
  const session = driver.session({
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
    ...(options.database ? { database: options.database } : {}),
  });
  try {
    const work = async (tx: { run: (q: string, p: Row) => Promise<{ records: { keys: PropertyKey[]; get(k: PropertyKey): unknown }[] }> }): Promise<Row[]> => {
      const result = await tx.run(query.cypher, params);
      return result.records.map((record) => Object.fromEntries(record.keys.map((k) => [String(k), plain(record.get(k))])));
    };
    return options.write ? await session.executeWrite(work) : await session.executeRead(work);
  } catch (cause) {
    if (cause instanceof KgError) throw cause;
    throw new KgError('NEO4J_QUERY_FAILED', `query "${query.name}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  } finally {
    await session.close();
  }
}
