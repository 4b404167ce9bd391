// Start, stop and ask after the real Neo4j Community server of a home, run from the Maven classpath (SPEC section 7).
import { access, mkdir } from 'node:fs/promises';
import { KgError } from '../errors.js';
import { setInitialPassword } from './admin.js';
import { STANDARD_BOLT_PORT, STANDARD_HTTP_PORT, choosePorts } from './choose-ports.js';
import { resolveClasspath, type ClasspathOptions } from './classpath.js';
import { writeNeo4jConf } from './config.js';
import { launchServer } from './launch.js';
import { homeLayout, type HomeLayout } from './layout.js';
import { StartServerOptions, type ResolvedStartOptions } from './options.js';
import { choosePassword } from './password.js';
import { LOOPBACK_HOST } from './ports.js';
import { waitForBolt, type BoltCredentials } from './readiness.js';
import { isServerProcess, terminateProcess } from './server-process.js';
import { readPidFile, readServerState, removePidFile, writeServerState, type ServerState } from './state.js';
import { tailFile } from './tail.js';

/** Shutdown checkpoints the databases; a large store can take a while before we resort to SIGKILL. */
export const STOP_TIMEOUT_MS = 60_000;
const KILL_WAIT_MS = 10_000;
export const NEO4J_USER = 'neo4j';

export interface RunningServer extends ServerState {
  /** The password this start set for the `neo4j` user (only on the first start of a home with auth on). */
  readonly password?: string;
  /** Whether that password was generated (and so must be shown to the user once). */
  readonly passwordGenerated: boolean;
  /** The server was already running in this home; nothing was started. */
  readonly alreadyRunning: boolean;
}

export type ServerStatus =
  | { readonly running: true; readonly server: ServerState }
  | { readonly running: false; readonly home: string };

export interface StoppedServer {
  readonly home: string;
  readonly pid: number;
  /** Whether the server ignored SIGTERM for too long and was killed. */
  readonly killed: boolean;
}

export async function startServer(input: StartServerOptions, classpathOptions: ClasspathOptions = {}): Promise<RunningServer> {
  const options = parseStartOptions(input);
  const layout = homeLayout(options.home);
  await mkdir(layout.home, { recursive: true });

  const status = await serverStatus(layout.home);
  if (status.running) return { ...status.server, passwordGenerated: false, alreadyRunning: true };
  await removePidFile(layout.home);

  const previous = await readServerState(layout.home).catch(() => undefined);
  const { boltPort, httpPort } = await choosePorts(
    { requested: options.boltPort, previous: previous?.boltPort, standard: STANDARD_BOLT_PORT, flag: '--bolt-port' },
    { requested: options.httpPort, previous: previous?.httpPort, standard: STANDARD_HTTP_PORT, flag: '--http-port' },
  );
  const classpath = await resolveClasspath(classpathOptions);
  await writeNeo4jConf({ home: layout.home, boltPort, httpPort, auth: options.auth, heap: options.heap, pageCache: options.pageCache });

  const initialPassword = options.auth && !(await exists(layout.systemDatabaseDir)) ? choosePassword(options.password) : undefined;
  if (initialPassword) await setInitialPassword(layout.home, initialPassword.password, classpathOptions);
  const knownPassword = initialPassword?.password ?? options.password ?? process.env['NEO4J_PASSWORD'];
  const credentials: BoltCredentials | undefined = knownPassword ? { user: NEO4J_USER, password: knownPassword } : undefined;

  const server = await launchServer(layout, classpath, { heap: options.heap, fastStartup: options.fastStartup, detached: options.detached });
  const state: ServerState = {
    pid: server.pid,
    home: layout.home,
    boltPort,
    httpPort,
    boltUri: `bolt://${LOOPBACK_HOST}:${boltPort}`,
    httpUrl: `http://${LOOPBACK_HOST}:${httpPort}`,
    browserUrl: `http://${LOOPBACK_HOST}:${httpPort}/browser/`,
    auth: options.auth,
    startedAt: new Date().toISOString(),
  };
  await writeServerState(state);

  const readiness = await waitForBolt(state.boltUri, { ...(credentials ? { credentials } : {}), hasExited: server.hasExited });
  if (readiness !== 'ready') {
    if (readiness === 'timeout') await terminateProcess(server.pid, KILL_WAIT_MS, KILL_WAIT_MS);
    await removePidFile(layout.home);
    const why = readiness === 'timeout' ? 'did not answer Bolt in time and was stopped' : `exited (${server.exitDescription()})`;
    throw new KgError('SERVER_START_FAILED', `The Neo4j server in ${layout.home} ${why}.\n${await logTails(layout)}`);
  }
  return {
    ...state,
    ...(initialPassword ? { password: initialPassword.password } : {}),
    passwordGenerated: initialPassword?.generated ?? false,
    alreadyRunning: false,
  };
}

/** Stops the server of `home` (SIGTERM, then SIGKILL after `timeoutMs`) and removes its pid file. */
export async function stopServer(home: string, timeoutMs: number = STOP_TIMEOUT_MS): Promise<StoppedServer> {
  const layout = homeLayout(home);
  const pid = await readPidFile(layout.home);
  if (pid === undefined || !isServerProcess(pid, layout.home)) {
    await removePidFile(layout.home);
    throw new KgError('SERVER_NOT_RUNNING', `No Neo4j server is running in ${layout.home}; start one with \`kg neo4j start --home ${home}\`.`);
  }
  const killed = await terminateProcess(pid, timeoutMs, KILL_WAIT_MS);
  await removePidFile(layout.home);
  return { home: layout.home, pid, killed };
}

export async function serverStatus(home: string): Promise<ServerStatus> {
  const layout = homeLayout(home);
  const pid = await readPidFile(layout.home);
  if (pid === undefined || !isServerProcess(pid, layout.home)) return { running: false, home: layout.home };
  const state = await readServerState(layout.home);
  if (state === undefined || state.pid !== pid) {
    throw new KgError('CONFIG_INVALID', `A server (pid ${pid}) runs in ${layout.home} but its state file ${layout.stateFile} does not describe it; stop the process and start again.`);
  }
  return { running: true, server: state };
}

function parseStartOptions(input: StartServerOptions): ResolvedStartOptions {
  const parsed = StartServerOptions.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new KgError('CONFIG_INVALID', `Invalid Neo4j server options: ${issues}.`, { cause: parsed.error });
}

async function logTails(layout: HomeLayout): Promise<string> {
  const sections = [
    [layout.consoleLog, await tailFile(layout.consoleLog)],
    [layout.neo4jLog, await tailFile(layout.neo4jLog)],
  ].filter(([, tail]) => tail !== '');
  return sections.map(([file, tail]) => `--- last lines of ${file} ---\n${tail}`).join('\n');
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
