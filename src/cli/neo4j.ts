// `kg neo4j start|stop|status`: the real Neo4j server from Maven artifacts, kept under .kg/neo4j (SPEC section 7).
import path from 'node:path';
import { Command } from 'commander';
import { NEO4J_USER, serverStatus, startServer, stopServer, type RunningServer, type ServerState } from '../server/index.js';

export const DEFAULT_NEO4J_HOME = path.join('.kg', 'neo4j');

export interface Neo4jCommandOutput {
  /** Where the commands write their lines; standard output by default. */
  readonly print: (line: string) => void;
}

const STDOUT: Neo4jCommandOutput = { print: (line) => process.stdout.write(`${line}\n`) };

interface HomeFlags {
  readonly home?: string;
}

interface StartFlags extends HomeFlags {
  readonly boltPort?: string;
  readonly httpPort?: string;
  readonly auth: boolean;
  readonly heap?: string;
  readonly pageCache?: string;
}

/**
 * The `neo4j` command group. Other subcommands (e.g. `schema`) are added by their owners with
 * `neo4jCommand().addCommand(...)`. Failures throw KgError; the main CLI presents them.
 */
export function neo4jCommand(output: Neo4jCommandOutput = STDOUT): Command {
  const neo4j = new Command('neo4j').description('run the real Neo4j Community server from Maven artifacts (needs Java 17 and Maven)');

  neo4j
    .command('start')
    .description('start the server (resolving its jars with Maven the first time) and print its Bolt URI and Browser URL')
    .option('--home <dir>', 'the server home: config, data and logs', DEFAULT_NEO4J_HOME)
    .option('--bolt-port <n>', 'Bolt port on 127.0.0.1 (default: last one used, else 7687, else any free one)')
    .option('--http-port <n>', 'HTTP/Browser port on 127.0.0.1 (default: last one used, else 7474, else any free one)')
    .option('--no-auth', 'disable authentication (anyone on this machine can connect)')
    .option('--heap <size>', 'JVM heap, e.g. 1g')
    .option('--page-cache <size>', 'page cache, e.g. 512m')
    .action(async (flags: StartFlags) => {
      const server = await startServer({
        home: resolveHome(flags),
        auth: flags.auth,
        ...(flags.boltPort === undefined ? {} : { boltPort: Number(flags.boltPort) }),
        ...(flags.httpPort === undefined ? {} : { httpPort: Number(flags.httpPort) }),
        ...(flags.heap === undefined ? {} : { heap: flags.heap }),
        ...(flags.pageCache === undefined ? {} : { pageCache: flags.pageCache }),
      });
      for (const line of describeStarted(server)) output.print(line);
    });

  neo4j
    .command('stop')
    .description('stop the server cleanly (SIGTERM, then SIGKILL if it does not exit in time)')
    .option('--home <dir>', 'the server home', DEFAULT_NEO4J_HOME)
    .action(async (flags: HomeFlags) => {
      const stopped = await stopServer(resolveHome(flags));
      output.print(`Stopped Neo4j (pid ${stopped.pid}) in ${stopped.home}.${stopped.killed ? ' It did not shut down in time and was killed.' : ''}`);
    });

  neo4j
    .command('status')
    .description('tell whether the server runs, and where to reach it')
    .option('--home <dir>', 'the server home', DEFAULT_NEO4J_HOME)
    .action(async (flags: HomeFlags) => {
      const status = await serverStatus(resolveHome(flags));
      if (!status.running) output.print(`Neo4j is not running in ${status.home}.`);
      else for (const line of describeRunning(status.server, 'is running')) output.print(line);
    });

  return neo4j;
}

function resolveHome(flags: HomeFlags): string {
  return path.resolve(flags.home ?? DEFAULT_NEO4J_HOME);
}

function describeRunning(server: ServerState, verb: string): string[] {
  return [
    `Neo4j ${verb} (pid ${server.pid}) in ${server.home}`,
    `  Bolt:     ${server.boltUri}`,
    `  Browser:  ${server.browserUrl}`,
    server.auth ? `  User:     ${NEO4J_USER}` : '  Auth:     disabled',
  ];
}

function describeStarted(server: RunningServer): string[] {
  const lines = [
    ...describeRunning(server, server.alreadyRunning ? 'is already running' : 'started'),
    ...(server.alreadyRunning ? ['  (start options apply only to a stopped server: `kg neo4j stop` first to change them)'] : []),
  ];
  if (!server.auth) return lines;
  if (server.password !== undefined && server.passwordGenerated) {
    return [...lines, `  Password: ${server.password}`, '  (generated and shown only this once: keep it, e.g. as NEO4J_PASSWORD)'];
  }
  if (server.password !== undefined) return [...lines, '  Password: as given (NEO4J_PASSWORD)'];
  return [...lines, "  Password: the one set on this home's first start (`neo4j`, to be changed, if that start was --no-auth)"];
}
