import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runNeo4jAdmin, setInitialPassword } from '../../src/server/admin.js';
import { writeNeo4jConf } from '../../src/server/config.js';

describe('neo4j-admin from the Maven classpath', () => {
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'kg-admin-test-'));
    await writeNeo4jConf({ home, boltPort: 17687, httpPort: 17474, auth: true, heap: '256m', pageCache: '64m' });
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  test('reports the 5.26.0 version', async () => {
    const result = await runNeo4jAdmin(home, ['--version'], { heap: '256m' });
    expect(result.ok).toBe(true);
    expect(result.stdout).toContain('5.26.0');
  });

  test('returns a failed result, not an error, for an unknown command', async () => {
    const result = await runNeo4jAdmin(home, ['no-such-command'], { heap: '256m' });
    expect(result.ok).toBe(false);
    expect(result.exitCode).not.toBe(0);
  });

  test('sets the initial password into the home named by NEO4J_HOME/NEO4J_CONF', async () => {
    await setInitialPassword(home, 'a-long-password', { heap: '256m' });
    expect(await readFile(path.join(home, 'data', 'dbms', 'auth.ini'), 'utf8')).toMatch(/^neo4j:/);
  });
});
