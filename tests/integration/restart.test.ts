// The Neo4j server stopped and started again during a load (a second throwaway server of SPEC section 7, in a
// temporary folder on free ports): the load retries, completes, and nothing is lost or doubled.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { findFreePorts, startServer, stopServer, type StartServerOptions } from '../../src/server/index.js';
import { openEmbeddedStore } from '../../src/stores/embedded.js';
import { openNeo4jStore } from '../../src/stores/neo4j.js';
import { syntheticFragment } from '../stores/synthetic.js';
import { neo4jDuplicates } from '../properties/canonical-graph.js';

const ARTICLES = 3_000;
const WRITE_ARTICLES = 50;
/** Stop the server once this many articles are in: well before the end of the load. */
const STOP_AFTER_ARTICLES = 300;

let root: string;
let options: StartServerOptions;
let admin: Driver | undefined;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kg-restart-'));
  const [boltPort, httpPort] = await findFreePorts(2);
  if (boltPort === undefined || httpPort === undefined) throw new Error('no free ports for the restart server');
  options = { home: path.join(root, 'neo4j'), boltPort, httpPort, auth: false, heap: '512m', pageCache: '256m', fastStartup: true, detached: false };
  const server = await startServer(options);
  admin = neo4j.driver(server.boltUri, undefined, { telemetryDisabled: true });
}, 300_000);

afterAll(async () => {
  await admin?.close();
  await stopServer(options.home).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
}, 120_000);

async function articleCount(): Promise<number> {
  if (admin === undefined) throw new Error('no server');
  const { records } = await admin.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  return Number(records[0]?.get('n'));
}

test('a load survives the server being stopped and started again, with every article written once', async () => {
  const fragments = Array.from({ length: ARTICLES }, (_, i) => syntheticFragment(i, { entityPool: 500, idPrefix: 'restart' }));
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const store = await openNeo4jStore({ uri });
  let written = 0;
  const load = (async () => {
    for (let i = 0; i < fragments.length; i += WRITE_ARTICLES) {
      const summary = await store.write(fragments.slice(i, i + WRITE_ARTICLES));
      written += summary.written + summary.unchanged;
    }
  })();
  let loadError: unknown;
  load.catch((error: unknown) => (loadError = error));

  // wait until the load is under way, then stop the server under it and start it again
  while (written < STOP_AFTER_ARTICLES && loadError === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
  const stoppedAt = written;
  const stopped = await stopServer(options.home);
  const restartStarted = Date.now();
  await startServer(options);
  const downSeconds = (Date.now() - restartStarted) / 1000;

  try {
    await load;
  } finally {
    await store.close();
  }
  process.stderr.write(`restart test: stopped at ${stoppedAt} articles (killed: ${stopped.killed}), server back after ${downSeconds.toFixed(1)} s\n`);
  expect(stoppedAt).toBeLessThan(ARTICLES);
  expect(written).toBe(ARTICLES);

  // nothing lost or doubled: the same counts the embedded store gives for the same articles, and no duplicates
  expect(await articleCount()).toBe(ARTICLES);
  if (admin === undefined) throw new Error('no server');
  expect(await neo4jDuplicates(admin)).toEqual([]);
  const check = await openNeo4jStore({ uri });
  const embedded = await openEmbeddedStore(path.join(root, 'embedded'));
  try {
    await embedded.write(fragments);
    expect(await check.counts()).toEqual(await embedded.counts());
  } finally {
    await Promise.all([check.close(), embedded.close()]);
  }
}, 600_000);
