// A second, throwaway Neo4j for a test file, whose database neo4j-admin imports from CSV files before it starts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { findFreePorts, runNeo4jAdmin, startServer, stopServer, writeNeo4jConf } from '../../src/server/index.js';

export interface ImportedNeo4j {
  readonly uri: () => string;
  readonly driver: () => Driver;
}

/**
 * For a test file: in beforeAll, makes a home, lets `writeCsv(home)` write the files and answer the neo4j-admin
 * arguments, imports them and starts the server; in afterAll, stops it and removes the home.
 */
export function useImportedNeo4j(writeCsv: (home: string) => Promise<readonly string[]>): ImportedNeo4j {
  let home = '';
  let uri: string | undefined;
  let driver: Driver | undefined;
  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'kg-csv-import-'));
    const [boltPort, httpPort] = await findFreePorts(2);
    if (boltPort === undefined || httpPort === undefined) throw new Error('no free ports for the import server');
    await writeNeo4jConf({ home, boltPort, httpPort, auth: false, heap: '512m', pageCache: '128m' });
    const imported = await runNeo4jAdmin(home, await writeCsv(home), { heap: '512m' });
    if (!imported.ok) throw new Error(`neo4j-admin import failed:\n${imported.stdout.slice(-3000)}\n${imported.stderr.slice(-3000)}`);
    const server = await startServer({ home, boltPort, httpPort, auth: false, heap: '512m', pageCache: '128m', detached: false });
    uri = server.boltUri;
    driver = neo4j.driver(server.boltUri, undefined, { telemetryDisabled: true });
  }, 600_000);
  afterAll(async () => {
    await driver?.close();
    if (uri !== undefined) await stopServer(home);
    if (home) await rm(home, { recursive: true, force: true });
  }, 120_000);
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the import server did not start');
    return value;
  };
  return {
    uri: () => started(uri),
    driver: () => started(driver),
  };
}
