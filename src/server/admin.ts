// neo4j-admin (org.neo4j.cli.AdminTool) from the server's classpath, against a home's neo4j.conf.
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
