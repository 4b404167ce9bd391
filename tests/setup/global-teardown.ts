// Jest global teardown: stop the throwaway Neo4j servers the global setup started and delete their folder.
import './resolve-ts-sources.cjs';
import { rm } from 'node:fs/promises';
import { stopServer } from '../../src/server/index.js';
import { TEST_NEO4J_HOMES_ENV, TEST_NEO4J_ROOT_ENV } from './test-neo4j.js';

/** The test servers hold nothing worth a checkpoint wait. */
const TEST_STOP_TIMEOUT_MS = 15_000;

export default async function globalTeardown(): Promise<void> {
  const root = process.env[TEST_NEO4J_ROOT_ENV];
  if (!root) return;
  const homes = JSON.parse(process.env[TEST_NEO4J_HOMES_ENV] ?? '[]') as string[];
  const stopped = await Promise.allSettled(homes.map((home) => stopServer(home, TEST_STOP_TIMEOUT_MS)));
  await rm(root, { recursive: true, force: true });
  const failure = stopped.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}
