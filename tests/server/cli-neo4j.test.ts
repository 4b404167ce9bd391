import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { neo4jCommand } from '../../src/cli/neo4j.js';
import { findFreePorts } from '../../src/server/ports.js';
import { serverStatus, stopServer } from '../../src/server/server.js';
import { httpGet } from '../support/neo4j.js';

/** A cold server start plus stop: ~15 s on an idle machine, minutes under heavy load (readiness waits up to 180 s). */
const START_STOP_TIMEOUT_MS = 5 * 60_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs `kg neo4j ARGS` in-process and returns what it printed. */
async function kgNeo4j(...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  await neo4jCommand({ print: (line) => lines.push(line) }).parseAsync(args, { from: 'user' });
  return lines;
}

function field(lines: readonly string[], name: string): string | undefined {
  const prefix = `  ${name}:`;
  return lines.find((line) => line.startsWith(prefix))?.slice(prefix.length).trim();
}

describe('kg neo4j start / status / stop, as a user runs them', () => {
  let home: string;
  let savedPassword: string | undefined;
  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'kg-cli-neo4j-test-'));
    savedPassword = process.env['NEO4J_PASSWORD'];
    delete process.env['NEO4J_PASSWORD'];
  });
  afterAll(async () => {
    if (savedPassword !== undefined) process.env['NEO4J_PASSWORD'] = savedPassword;
    if ((await serverStatus(home)).running) await stopServer(home);
    await rm(home, { recursive: true, force: true });
  });

  test('starts a server with auth, which answers the printed password, and stops it for good', async () => {
    const [boltPort, httpPort] = (await findFreePorts(2)) as [number, number];
    const started = await kgNeo4j(
      'start', '--home', home, '--bolt-port', String(boltPort), '--http-port', String(httpPort), '--heap', '512m', '--page-cache', '128m',
    );
    expect(started[0]).toMatch(new RegExp(`^Neo4j started \\(pid \\d+\\) in ${home}$`));
    expect(field(started, 'Bolt')).toBe(`bolt://127.0.0.1:${boltPort}`);
    expect(field(started, 'Browser')).toBe(`http://127.0.0.1:${httpPort}/browser/`);
    expect(field(started, 'User')).toBe('neo4j');
    const password = field(started, 'Password') ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const pid = Number(/\(pid (\d+)\)/.exec(started[0] ?? '')?.[1]);

    const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic('neo4j', password));
    try {
      const { records } = await driver.executeQuery('RETURN 41 + 1 AS answer');
      expect(records[0]?.get('answer').toNumber()).toBe(42);
    } finally {
      await driver.close();
    }
    const intruder = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic('neo4j', 'not-the-password'));
    await expect(intruder.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await intruder.close();
    expect((await httpGet(`http://127.0.0.1:${httpPort}/browser/`)).status).toBe(200);

    const status = await kgNeo4j('status', '--home', home);
    expect(status[0]).toBe(`Neo4j is running (pid ${pid}) in ${home}`);
    expect(field(status, 'Bolt')).toBe(`bolt://127.0.0.1:${boltPort}`);

    const again = await kgNeo4j('start', '--home', home);
    expect(again[0]).toBe(`Neo4j is already running (pid ${pid}) in ${home}`);

    expect(await kgNeo4j('stop', '--home', home)).toEqual([`Stopped Neo4j (pid ${pid}) in ${home}.`]);
    expect(isAlive(pid)).toBe(false);
    expect(await kgNeo4j('status', '--home', home)).toEqual([`Neo4j is not running in ${home}.`]);
    await expect(kgNeo4j('stop', '--home', home)).rejects.toMatchObject({ name: 'KgError', code: 'SERVER_NOT_RUNNING' });
  }, START_STOP_TIMEOUT_MS);
});
