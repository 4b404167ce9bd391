// Opening a verified driver for a Neo4j config; an unreachable server fails here, once, with what to do.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config.js';
import { neo4jFailure } from './errors.js';

/** Fail fast when nothing listens (the driver's default waits 30 s). */
export const CONNECTION_TIMEOUT_MS = 10_000;
/** How long executeWrite keeps retrying transient errors (deadlocks, leader switches) before giving up. */
export const MAX_TRANSACTION_RETRY_TIME_MS = 60_000;

export async function connectNeo4j(config: Neo4jConfig): Promise<Driver> {
  const auth = config.auth === undefined ? undefined : neo4j.auth.basic(config.auth.user, config.auth.password);
  const driver = neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    maxTransactionRetryTime: MAX_TRANSACTION_RETRY_TIME_MS,
    userAgent: 'news-kg',
  });
  try {
    await driver.verifyConnectivity(config.database === undefined ? {} : { database: config.database });
  } catch (error) {
    await driver.close();
    throw neo4jFailure(error, config.uri, 'connecting');
  }
  return driver;
}
