// The analyst's Cypher library: documented, parameterised queries in cypher/queries/*.cypher.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { KgError } from '../errors.js';
import { packagePath } from '../data-path.js';

export interface QueryParam {
  readonly name: string;
  readonly description: string;
  readonly example?: string;
  /** Used when the parameter is not given (`(default 10)` in the header). */
  readonly default?: string;
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
 * Header format: the leading `//` lines, up to the first line of Cypher. The first is the description;
 * `// @param name: what it is (default value) (e.g. value)` with the default optional;
 * `// @example kg query ...`; `// @writes` marks a query that changes the graph.
 */
export function parseNamedQuery(name: string, source: string): NamedQuery {
  const lines = source.split('\n');
  const firstCypher = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('//'));
  const header = (firstCypher < 0 ? lines : lines.slice(0, firstCypher)).filter((line) => line.startsWith('//')).map((line) => line.replace(/^\/\/\s?/, ''));
  const params: QueryParam[] = [];
  const description: string[] = [];
  let example: string | undefined;
  let writes = false;
  for (const line of header) {
    const param = /^@param\s+(\w+):\s*(.*?)(?:\s*\(default\s+([^)]*)\))?(?:\s*\(e\.g\.\s*(.*)\))?$/.exec(line);
    if (param) {
      params.push({
        name: param[1] ?? '',
        description: param[2] ?? '',
        ...(param[3] ? { default: param[3].trim() } : {}),
        ...(param[4] ? { example: param[4] } : {}),
      });
    }
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

function typed(raw: string): unknown {
  return /^-?\d+$/.test(raw) ? Number(raw) : /^-?\d+\.\d+$/.test(raw) ? Number(raw) : raw === 'true' ? true : raw === 'false' ? false : raw;
}

/** Parses `k=v` pairs: integers and decimals become numbers, `true`/`false` booleans, the rest strings; defaults fill the gaps. */
export function parseParams(pairs: readonly string[], query: NamedQuery): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of query.params) if (p.default !== undefined) params[p.name] = typed(p.default);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new KgError('QUERY_PARAM_INVALID', `--param "${pair}" is not of the form name=value`);
    const name = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    params[name] = typed(raw);
  }
  const missing = query.params.filter((p) => !(p.name in params));
  if (missing.length > 0) {
    throw new KgError('QUERY_PARAM_INVALID', `query "${query.name}" needs ${missing.map((p) => `--param ${p.name}=${p.example ?? '...'} (${p.description})`).join(', ')}`);
  }
  return params;
}
