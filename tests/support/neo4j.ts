// Test access to the real Neo4j the global setup provides (this worker's own server, or NEO4J_URI when set).
import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { HOW_TO_GET_NEO4J } from '../setup/test-neo4j.js';

export function neo4jUri(): string {
  const uri = process.env['NEO4J_URI'];
  if (!uri) throw new Error(`NEO4J_URI is not set: the jest global setup did not run or found no Neo4j.\n${HOW_TO_GET_NEO4J}`);
  return uri;
}

/** The server's HTTP root (`http://127.0.0.1:PORT`); the Browser is at `${neo4jHttpUrl()}/browser/`. */
export function neo4jHttpUrl(): string {
  const url = process.env['NEO4J_HTTP_URL'];
  if (!url) throw new Error('NEO4J_HTTP_URL is not set: set it alongside NEO4J_URI (e.g. http://127.0.0.1:7474), or unset NEO4J_URI so the tests start their own server.');
  return url.replace(/\/+$/, '');
}

/** A driver for the test server, with NEO4J_USER/NEO4J_PASSWORD when set. Close it in afterAll. */
export function testDriver(): Driver {
  const password = process.env['NEO4J_PASSWORD'];
  const auth = password === undefined ? undefined : neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', password);
  return neo4j.driver(neo4jUri(), auth, { telemetryDisabled: true });
}

export interface WipeOptions {
  /** Also drop every constraint and index (not the built-in token lookup indexes). */
  readonly schema?: boolean;
}

/**
 * Deletes every node and relationship. Each jest worker has its own server, and the files of a
 * worker run one after another, so a file that wipes in beforeAll starts from an empty graph.
 */
export async function wipeDatabase(driver: Driver, options: WipeOptions = {}): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  if (!options.schema) return;
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const record of constraints.records) await driver.executeQuery(`DROP CONSTRAINT \`${String(record.get('name'))}\` IF EXISTS`);
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
  for (const record of indexes.records) await driver.executeQuery(`DROP INDEX \`${String(record.get('name'))}\` IF EXISTS`);
}

/**
 * For a test file: opens a driver and wipes the database before its tests, closes the driver after.
 * Returns a getter for the driver (valid inside tests and hooks).
 */
export function useCleanNeo4j(options: WipeOptions = {}): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = testDriver();
    await wipeDatabase(driver, options);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return () => {
    if (driver === undefined) throw new Error('useCleanNeo4j(): the driver exists only inside tests and hooks.');
    return driver;
  };
}

export interface HttpPage {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * GET without keep-alive (unlike fetch, whose pooled socket to a still-running server keeps
 * a jest worker from exiting).
 */
export function httpGet(url: string): Promise<HttpPage> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}
