import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serverStatus, startServer, stopServer } from '../../src/server/server.js';
import { choosePassword } from '../../src/server/password.js';

describe('server lifecycle without a server', () => {
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'kg-lifecycle-test-'));
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  test('status reports not running in an empty home', async () => {
    expect(await serverStatus(home)).toEqual({ running: false, home });
  });

  test('stop fails with SERVER_NOT_RUNNING in an empty home', async () => {
    await expect(stopServer(home)).rejects.toMatchObject({ name: 'KgError', code: 'SERVER_NOT_RUNNING' });
  });

  test.each([
    [{ heap: 'lots' }],
    [{ pageCache: '1 GB' }],
    [{ boltPort: 70000 }],
    [{ password: 'short' }],
  ])('start rejects %j with CONFIG_INVALID before doing anything', async (bad) => {
    await expect(startServer({ home, auth: true, ...bad })).rejects.toMatchObject({ name: 'KgError', code: 'CONFIG_INVALID' });
  });
});

describe('choosePassword', () => {
  test('uses the given password over NEO4J_PASSWORD', () => {
    expect(choosePassword('given-password', { NEO4J_PASSWORD: 'env-password' })).toEqual({ password: 'given-password', generated: false });
  });

  test('uses NEO4J_PASSWORD when none is given', () => {
    expect(choosePassword(undefined, { NEO4J_PASSWORD: 'env-password' })).toEqual({ password: 'env-password', generated: false });
  });

  test('generates a 24-character password when there is none', () => {
    const chosen = choosePassword(undefined, {});
    expect(chosen.generated).toBe(true);
    expect(chosen.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  test('generated passwords never open with "-", which neo4j-admin would read as an option', () => {
    for (let i = 0; i < 2000; i++) expect(choosePassword(undefined, {}).password).toMatch(/^[A-Za-z0-9]/);
  });

  test('rejects a given password that opens with "-" with CONFIG_INVALID', () => {
    expect(() => choosePassword('-starts-with-a-dash', {})).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  test('rejects a NEO4J_PASSWORD shorter than Neo4j accepts with CONFIG_INVALID', () => {
    expect(() => choosePassword(undefined, { NEO4J_PASSWORD: 'short' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
