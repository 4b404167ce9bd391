// The files a started server leaves in its home: a pid file and a JSON record of its ports and URIs.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { KgError } from '../errors.js';
import { homeLayout } from './layout.js';
import { Port } from './options.js';

export const ServerState = z.object({
  pid: z.number().int().positive(),
  home: z.string(),
  boltPort: Port,
  httpPort: Port,
  boltUri: z.string(),
  httpUrl: z.string(),
  browserUrl: z.string(),
  auth: z.boolean(),
  startedAt: z.string(),
});
export type ServerState = z.infer<typeof ServerState>;

export async function writeServerState(state: ServerState): Promise<void> {
  const layout = homeLayout(state.home);
  await writeFile(layout.stateFile, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await writeFile(layout.pidFile, `${state.pid}\n`, 'utf8');
}

/** The pid from the pid file, or undefined when there is none. */
export async function readPidFile(home: string): Promise<number | undefined> {
  const layout = homeLayout(home);
  const text = await readFile(layout.pidFile, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0) {
    throw new KgError('CONFIG_INVALID', `The pid file ${layout.pidFile} does not hold a process id; delete it if no server runs there.`);
  }
  return pid;
}

/** The last recorded state, or undefined when there is none. */
export async function readServerState(home: string): Promise<ServerState | undefined> {
  const layout = homeLayout(home);
  const text = await readFile(layout.stateFile, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new KgError('CONFIG_INVALID', `The server state file ${layout.stateFile} is not JSON; delete it.`, { cause });
  }
  const parsed = ServerState.safeParse(json);
  if (!parsed.success) {
    throw new KgError('CONFIG_INVALID', `The server state file ${layout.stateFile} is not a server state; delete it.`, { cause: parsed.error });
  }
  return parsed.data;
}

/** Removes the pid file; the state file stays so the next start can reuse the same ports. */
export async function removePidFile(home: string): Promise<void> {
  await rm(homeLayout(home).pidFile, { force: true });
}
