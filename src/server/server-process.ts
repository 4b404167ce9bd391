// Whether a pid is a live Neo4j server of a given home, and waiting for one to exit.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_MAIN_CLASS } from './jvm.js';
import { homeLayout } from './layout.js';

const EXIT_POLL_INTERVAL_MS = 100;

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether `pid` is alive and, where /proc tells (Linux), is the server of `home` — so a pid reused
 * by another process after a crash is not mistaken for the server.
 */
export function isServerProcess(pid: number, home: string): boolean {
  if (!isProcessAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  const args = cmdline.split('\0');
  return args.includes(SERVER_MAIN_CLASS) && args.includes(`--home-dir=${homeLayout(home).home}`);
}

/** Resolves true once `pid` is gone, false if it is still alive after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(EXIT_POLL_INTERVAL_MS);
  }
  return true;
}

/** SIGTERM, wait up to `timeoutMs`; SIGKILL if still alive (and wait `killWaitMs`). Returns whether it had to kill. */
export async function terminateProcess(pid: number, timeoutMs: number, killWaitMs: number): Promise<boolean> {
  if (!sendSignal(pid, 'SIGTERM')) return false;
  if (await waitForExit(pid, timeoutMs)) return false;
  sendSignal(pid, 'SIGKILL');
  await waitForExit(pid, killWaitMs);
  return true;
}

/** False when the process is already gone. */
function sendSignal(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}
