// Jest global setup: use NEO4J_URI when set, else start a throwaway Neo4j per worker on free ports, auth off.
import './resolve-ts-sources.cjs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { findFreePorts, startServer, stopServer, type RunningServer } from '../../src/server/index.js';
import {
  HOW_TO_GET_NEO4J,
  TEST_NEO4J_HOMES_ENV,
  TEST_NEO4J_ROOT_ENV,
  TEST_SERVER_HEAP,
  TEST_SERVER_PAGE_CACHE,
  workerEnvName,
} from './test-neo4j.js';

interface GlobalConfigPart {
  readonly maxWorkers: number;
}

export default async function globalSetup(globalConfig: GlobalConfigPart): Promise<void> {
  const external = process.env['NEO4J_URI'];
  if (external) return checkExternalServer(external, globalConfig.maxWorkers);

  // One server per worker: a worker's integration files can wipe the database without disturbing another worker's.
  const count = Math.max(1, globalConfig.maxWorkers);
  const startedAt = Date.now();
  const root = await mkdtemp(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  const ports = await findFreePorts(2 * count);
  const started = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      startServer({
        home: path.join(root, `worker-${i + 1}`),
        boltPort: ports[2 * i] as number,
        httpPort: ports[2 * i + 1] as number,
        auth: false,
        heap: TEST_SERVER_HEAP,
        pageCache: TEST_SERVER_PAGE_CACHE,
        fastStartup: true,
        detached: false,
      }),
    ),
  );
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await Promise.allSettled(servers.map((server) => stopServer(server.home)));
    await rm(root, { recursive: true, force: true });
    const reason = failure.reason instanceof Error ? failure.reason.message : String(failure.reason);
    throw new Error(`Could not start a Neo4j server for the tests: ${reason}\n\n${HOW_TO_GET_NEO4J}`, { cause: failure.reason });
  }
  exposeServers(root, servers);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  process.stderr.write(`\nStarted ${count} throwaway Neo4j server(s) for the tests in ${seconds} s (${servers.map((s) => s.boltUri).join(', ')}).\n`);
}

function exposeServers(root: string, servers: readonly RunningServer[]): void {
  process.env[TEST_NEO4J_ROOT_ENV] = root;
  process.env[TEST_NEO4J_HOMES_ENV] = JSON.stringify(servers.map((server) => server.home));
  servers.forEach((server, i) => {
    process.env[workerEnvName('NEO4J_URI', i + 1)] = server.boltUri;
    process.env[workerEnvName('NEO4J_HTTP_URL', i + 1)] = server.httpUrl;
  });
  const first = servers[0];
  if (first) {
    process.env['NEO4J_URI'] = first.boltUri;
    process.env['NEO4J_HTTP_URL'] = first.httpUrl;
  }
}

async function checkExternalServer(uri: string, maxWorkers: number): Promise<void> {
  const user = process.env['NEO4J_USER'] ?? 'neo4j';
  const password = process.env['NEO4J_PASSWORD'];
  const driver = neo4j.driver(uri, password === undefined ? undefined : neo4j.auth.basic(user, password));
  try {
    await driver.verifyConnectivity();
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`NEO4J_URI=${uri} does not answer (${reason}). Start that server, or unset NEO4J_URI.\n\n${HOW_TO_GET_NEO4J}`, { cause });
  } finally {
    await driver.close();
  }
  if (maxWorkers > 1) {
    process.stderr.write(
      `\nUsing NEO4J_URI=${uri}: one database shared by ${maxWorkers} workers; integration test files may wipe each other's data. Run with --runInBand.\n`,
    );
  }
}
