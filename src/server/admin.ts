// neo4j-admin (org.neo4j.cli.AdminTool) from the server's classpath, against a home's neo4j.conf; and the import command line it takes.
import { KgError } from '../errors.js';
import { resolveClasspath, type ClasspathOptions } from './classpath.js';
import { ADMIN_MAIN_CLASS, javaArgs, javaCommand, neo4jEnv } from './jvm.js';
import { homeLayout } from './layout.js';
import { runProcess, type ProcessResult } from './run-process.js';
import { tailLines } from './tail.js';

export const DEFAULT_ADMIN_HEAP = '1g';
export const ADMIN_TIMEOUT_MS = 30 * 60_000;

export interface Neo4jAdminOptions extends ClasspathOptions {
  readonly heap?: string;
  readonly timeoutMs?: number;
}

export interface Neo4jAdminResult extends ProcessResult {
  readonly ok: boolean;
}

/**
 * Runs `neo4j-admin ARGS` for the home (NEO4J_HOME and NEO4J_CONF point into it; write its neo4j.conf
 * first). A non-zero exit is a result, not an error: `ok` is false and the output says why.
 */
export async function runNeo4jAdmin(home: string, args: readonly string[], options: Neo4jAdminOptions = {}): Promise<Neo4jAdminResult> {
  const layout = homeLayout(home);
  const classpath = await resolveClasspath(options);
  const command = javaCommand();
  const result = await runProcess(command, javaArgs(classpath, ADMIN_MAIN_CLASS, { heap: options.heap ?? DEFAULT_ADMIN_HEAP }, args), {
    cwd: layout.home,
    env: neo4jEnv(layout.home, layout.confDir),
    timeoutMs: options.timeoutMs ?? ADMIN_TIMEOUT_MS,
  }).catch((cause: unknown) => {
    throw new KgError('SERVER_START_FAILED', `Cannot run \`${command}\`: install Java 17 (or set JAVA_HOME) to run neo4j-admin.`, { cause });
  });
  return { ...result, ok: result.exitCode === 0 };
}

/** Sets the `neo4j` user's password; takes effect only if the server has never been started in this home. */
export async function setInitialPassword(home: string, password: string, options: Neo4jAdminOptions = {}): Promise<void> {
  const result = await runNeo4jAdmin(home, ['dbms', 'set-initial-password', password], options);
  if (!result.ok) {
    throw new KgError(
      'SERVER_START_FAILED',
      `neo4j-admin could not set the initial password in ${homeLayout(home).home}:\n${tailLines(`${result.stdout}\n${result.stderr}`)}`,
    );
  }
}

/** The array delimiter neo4j-admin reads without being told: another must be named on its command line. */
export const DEFAULT_ARRAY_DELIMITER = ';';

/** `neo4j-admin ARGS` as a shell line, each argument quoted only where it needs to be. */
export function neo4jAdminCommandLine(args: readonly string[]): string {
  return `neo4j-admin ${args.map(shellWord).join(' ')}`;
}

/** The arguments of `neo4j-admin` that import these files: `database import full DATABASE --nodes=... --relationships=...`. */
export function neo4jAdminImportArgs(
  nodes: readonly string[], relationships: readonly string[],
  csv: { readonly arrayDelimiter: string; readonly multilineFields: boolean }, options: { readonly database?: string } = {},
): string[] {
  // the database name comes right after `full`: a trailing one is swallowed by a repeatable --relationships option
  const args = ['database', 'import', 'full', options.database ?? 'neo4j'];
  if (csv.arrayDelimiter !== DEFAULT_ARRAY_DELIMITER) args.push(`--array-delimiter=${unicodeName(csv.arrayDelimiter)}`);
  if (csv.multilineFields) args.push('--multiline-fields=true');
  args.push(...nodes.map((file) => `--nodes=${file}`), ...relationships.map((file) => `--relationships=${file}`));
  return args;
}

function unicodeName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
