// The analyst's Cypher library: documented, parameterised queries in cypher/queries/*.cypher.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { KgError } from '../errors.js';
import { packagePath } from '../data-path.js';

export interface QueryParam {
  readonly name: string;
  readonly description: string;
  readonly example?: string;
}

export interface NamedQuery {
  readonly name: string;
  readonly description: string;
  readonly params: readonly QueryParam[];
  readonly example?: string;
  readonly writes: boolean;
  readonly cypher: string;
}

export function queriesFolder(): string {
  return packagePath('cypher', 'queries');
}

/**
 * Header format: leading `//` lines. The first is the description; `// @param name: what it is (e.g. value)`;
 * `// @example kg query ...`; `// @writes` marks a query that changes the graph.
 */
export function parseNamedQuery(name: string, source: string): NamedQuery {
  const header = source.split('\n').filter((line) => line.startsWith('//')).map((line) => line.replace(/^\/\/\s?/, ''));
  const params: QueryParam[] = [];
  const description: string[] = [];
  let example: string | undefined;
  let writes = false;
  for (const line of header) {
    const param = /^@param\s+(\w+):\s*(.*?)(?:\s*\(e\.g\.\s*(.*)\))?$/.exec(line);
    if (param) params.push({ name: param[1] ?? '', description: param[2] ?? '', ...(param[3] ? { example: param[3] } : {}) });
    else if (line.startsWith('@example')) example = line.replace(/^@example\s*/, '');
    else if (line.startsWith('@writes')) writes = true;
    else if (params.length === 0 && !example) description.push(line);
  }
  return { name, description: description.join(' ').trim(), params, ...(example ? { example } : {}), writes, cypher: source };
}

export function listQueries(folder = queriesFolder()): NamedQuery[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseNamedQuery(path.basename(f, '.cypher'), readFileSync(path.join(folder, f), 'utf8')));
}

export function loadQuery(name: string, folder = queriesFolder()): NamedQuery {
  const all = listQueries(folder);
  const found = all.find((q) => q.name === name);
  if (!found) {
    throw new KgError('QUERY_NOT_FOUND', `no query named "${name}"; \`kg query --list\` shows the ${all.length} available (${all.map((q) => q.name).join(', ')})`);
  }
  return found;
}

/** Parses `k=v` pairs: integers and decimals become numbers, `true`/`false` booleans, the rest strings. */
export function parseParams(pairs: readonly string[], query: NamedQuery): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new KgError('QUERY_PARAM_INVALID', `--param "${pair}" is not of the form name=value`);
    const name = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    params[name] = /^-?\d+$/.test(raw) ? Number(raw) : /^-?\d+\.\d+$/.test(raw) ? Number(raw) : raw === 'true' ? true : raw === 'false' ? false : raw;
  }
  const missing = query.params.filter((p) => !(p.name in params));
  if (missing.length > 0) {
    throw new KgError('QUERY_PARAM_INVALID', `query "${query.name}" needs ${missing.map((p) => `--param ${p.name}=${p.example ?? '...'} (${p.description})`).join(', ')}`);
  }
  return params;
}
