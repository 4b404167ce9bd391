import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveClasspath } from '../../src/server/classpath.js';

describe('resolveClasspath', () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'kg-classpath-test-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  test('resolves the Neo4j 5.26.0 server and the Browser jars with Maven and caches them by pom hash', async () => {
    const classpath = await resolveClasspath({ cacheDir });
    const jars = classpath.split(path.delimiter).map((entry) => path.basename(entry));
    expect(jars).toContain('neo4j-5.26.0.jar');
    expect(jars).toContain('neo4j-server-5.26.0.jar');
    expect(jars).toContain('neo4j-browser-5.24.0.jar');
    expect(jars.length).toBeGreaterThan(200);
    expect((await readdir(cacheDir)).filter((name) => /^neo4j-classpath-[0-9a-f]{16}\.txt$/.test(name))).toHaveLength(1);
  });

  test('answers from the cache without running Maven again', async () => {
    const first = await resolveClasspath({ cacheDir });
    const again = await resolveClasspath({ cacheDir, mavenCommand: path.join(cacheDir, 'no-such-mvn') });
    expect(again).toBe(first);
  });

  test('fails with MAVEN_FAILED when Maven cannot be run', async () => {
    const pomPath = path.join(cacheDir, 'other-pom.xml');
    await writeFile(pomPath, '<project/>');
    await expect(resolveClasspath({ cacheDir, pomPath, mavenCommand: path.join(cacheDir, 'no-such-mvn') })).rejects.toMatchObject({
      name: 'KgError',
      code: 'MAVEN_FAILED',
    });
  });

  test("fails with MAVEN_FAILED and Maven's output when the pom is broken", async () => {
    const pomPath = path.join(cacheDir, 'broken-pom.xml');
    await writeFile(pomPath, '<project><modelVersion>4.0.0</modelVersion></project>');
    const error = await resolveClasspath({ cacheDir, pomPath }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'KgError', code: 'MAVEN_FAILED' });
    expect((error as Error).message).toMatch(/groupId|artifactId/);
  });
});
