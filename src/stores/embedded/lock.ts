// One writer per embedded store: a lock file holding the owner's pid; a lock left by a dead process is taken over.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { KgError } from '../../errors.js';

/** Folders this process holds, so that a second open in the same process is refused too. */
const HELD = new Set<string>();

export async function acquireStoreLock(lockFile: string): Promise<() => Promise<void>> {
  if (HELD.has(lockFile)) {
    throw new KgError('STORE_WRITE_FAILED', `the graph store is already open in this process (${lockFile}); close it first`);
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
      HELD.add(lockFile);
      return async () => {
        HELD.delete(lockFile);
        await rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new KgError('STORE_WRITE_FAILED', `cannot lock the graph store (${lockFile}): ${(error as Error).message}`, { cause: error });
      }
    }
    const owner = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new KgError('STORE_WRITE_FAILED', `the graph store is in use by process ${owner} (${lockFile}); wait for it to finish, or remove the lock file if that process is not kg`);
    }
    await rm(lockFile, { force: true });
  }
  throw new KgError('STORE_WRITE_FAILED', `cannot lock the graph store (${lockFile}): another process keeps taking it`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
