// Waiting until a starting server answers Bolt, or its process dies, or time runs out.
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type AuthToken } from 'neo4j-driver';

/** Bolt answers in ~8-15 s on an idle 2-core machine; under heavy load a start was measured at 81 s. */
export const BOLT_READY_TIMEOUT_MS = 180_000;
const BOLT_POLL_INTERVAL_MS = 250;
const BOLT_CONNECT_TIMEOUT_MS = 2_000;

export interface BoltCredentials {
  readonly user: string;
  readonly password: string;
}

export type BoltReadiness = 'ready' | 'exited' | 'timeout';

export interface WaitForBoltOptions {
  /** Unknown credentials still show readiness: the server answers them with an authentication error. */
  readonly credentials?: BoltCredentials;
  readonly timeoutMs?: number;
  /** Stops waiting early when the server process is gone. */
  readonly hasExited: () => boolean;
}

export async function waitForBolt(boltUri: string, options: WaitForBoltOptions): Promise<BoltReadiness> {
  const deadline = Date.now() + (options.timeoutMs ?? BOLT_READY_TIMEOUT_MS);
  const token = options.credentials ? neo4j.auth.basic(options.credentials.user, options.credentials.password) : undefined;
  while (Date.now() < deadline) {
    if (options.hasExited()) return 'exited';
    if (await answersBolt(boltUri, token)) return 'ready';
    await sleep(BOLT_POLL_INTERVAL_MS);
  }
  return options.hasExited() ? 'exited' : 'timeout';
}

async function answersBolt(boltUri: string, token: AuthToken | undefined): Promise<boolean> {
  const driver = neo4j.driver(boltUri, token, {
    connectionTimeout: BOLT_CONNECT_TIMEOUT_MS,
    maxTransactionRetryTime: 0,
    maxConnectionPoolSize: 1,
    telemetryDisabled: true,
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && code.startsWith('Neo.ClientError.Security.');
  } finally {
    await driver.close();
  }
}
