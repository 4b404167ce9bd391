// A throwaway Neo4j for the bench (SPEC section 7): the real server from the Maven classpath, in a temporary
// folder, on free loopback ports, auth off, with the reference heap and page cache; deleted when stopped.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findFreePorts, startServer, stopServer, type RunningServer } from '../src/server/index.js';

/** The sizes the reference figures of SPEC section 7 were measured with. */
export const BENCH_SERVER_HEAP = '2g';
export const BENCH_SERVER_PAGE_CACHE = '1g';

export interface ThrowawayNeo4j {
  readonly server: RunningServer;
  stop(): Promise<void>;
}

export async function startThrowawayNeo4j(prefix = 'kg-bench-neo4j-'): Promise<ThrowawayNeo4j> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix));
  const [boltPort, httpPort] = await findFreePorts(2);
  if (boltPort === undefined || httpPort === undefined) throw new Error('no free loopback ports for the bench server');
  try {
    const server = await startServer({
      home: root,
      boltPort,
      httpPort,
      auth: false,
      heap: BENCH_SERVER_HEAP,
      pageCache: BENCH_SERVER_PAGE_CACHE,
      detached: false,
    });
    return {
      server,
      stop: async () => {
        await stopServer(root).catch(() => undefined);
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
