// Spawning the server's JVM with its output appended to the home's console log.
import { spawn } from 'node:child_process';
import { appendFile, open } from 'node:fs/promises';
import { KgError } from '../errors.js';
import { SERVER_MAIN_CLASS, javaArgs, javaCommand, neo4jEnv } from './jvm.js';
import type { HomeLayout } from './layout.js';

export interface LaunchOptions {
  readonly heap: string;
  readonly fastStartup: boolean;
  /** Detached servers outlive this process; attached ones die with its process group. */
  readonly detached: boolean;
}

export interface LaunchedServer {
  readonly pid: number;
  readonly hasExited: () => boolean;
  readonly exitDescription: () => string;
}

/** Resolves once the JVM process exists (not when it is ready). */
export async function launchServer(layout: HomeLayout, classpath: string, options: LaunchOptions): Promise<LaunchedServer> {
  const command = javaCommand();
  const args = javaArgs(classpath, SERVER_MAIN_CLASS, options, [`--home-dir=${layout.home}`, `--config-dir=${layout.confDir}`]);
  await appendFile(layout.consoleLog, `--- kg neo4j start ${new Date().toISOString()} ---\n`);
  const log = await open(layout.consoleLog, 'a');
  try {
    const child = spawn(command, args, {
      cwd: layout.home,
      env: neo4jEnv(layout.home, layout.confDir),
      detached: options.detached,
      stdio: ['ignore', log.fd, log.fd],
    });
    let exit: string | undefined;
    child.once('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `exit code ${code}`));
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('spawn', () => (child.pid === undefined ? reject(new Error('no pid')) : resolve(child.pid)));
      child.once('error', reject);
    }).catch((cause: unknown) => {
      throw new KgError('SERVER_START_FAILED', `Cannot run \`${command}\`: install Java 17 (or set JAVA_HOME) to run the Neo4j server.`, { cause });
    });
    child.unref();
    return { pid, hasExited: () => exit !== undefined, exitDescription: () => exit ?? 'still running' };
  } finally {
    await log.close();
  }
}
