// The embedded store: the conformance suite on temporary folders, then what only a store on disk must do.
import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isKgError } from '../../src/errors.js';
import { openEmbeddedStore } from '../../src/stores/embedded.js';
import { describeStoreConformance } from './conformance.js';
import { a1, a3, ALL, ANA, USA } from './fixtures.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CRASH_CHILD = path.join(PROJECT_ROOT, 'tests/stores/embedded-crash-child.ts');

const folders: string[] = [];
async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'kg-store-'));
  folders.push(folder);
  return folder;
}
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describeStoreConformance('embedded', async () => openEmbeddedStore(await temporaryFolder()));

describe('embedded store on disk', () => {
  test('a closed store opens again with the same graph and evidence', async () => {
    const folder = await temporaryFolder();
    const store = await openEmbeddedStore(folder);
    await store.write(ALL);
    await store.writeNodeProperties(new Map([[USA, { pagerank: 0.25 }]]));
    const counts = await store.counts();
    const graph = (await store.readGraph({ withEvidence: true })).export();
    await store.close();
    expect((await readdir(folder)).sort()).toEqual(['graph.json', 'journal-1.jsonl']);

    const reopened = await openEmbeddedStore(folder);
    expect(await reopened.counts()).toEqual(counts);
    expect((await reopened.readGraph({ withEvidence: true })).export()).toEqual(graph);
    expect(await reopened.write([a1])).toEqual({ written: 0, unchanged: 1, replaced: 0 });
    await reopened.close();
  });

  test('a process killed after its writes returned leaves them all in the store, and its lock is taken over', async () => {
    const folder = await temporaryFolder();
    const child = spawnSync(process.execPath, ['--import', 'tsx', CRASH_CHILD, folder], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect((await readdir(folder)).sort()).toEqual(['journal-0.jsonl', 'store.lock']);
    const store = await openEmbeddedStore(folder);
    // a2 supports nothing alone: 8 entities, a1, a3 and the statement; 6 facts, 6 + 3 MENTIONS, SAID, FROM, ABOUT.
    expect(await store.counts()).toMatchObject({ totalNodes: 11, totalRelationships: 18 });
    await store.close();
  });

  test('writes since the last snapshot are replayed from the journal', async () => {
    const folder = await temporaryFolder();
    const store = await openEmbeddedStore(folder);
    await store.write([a1]);
    await store.save();
    await store.write(ALL.slice(1));
    await store.retract(['a2']);
    const counts = await store.counts();
    // Leave the journal unsaved: copy the folder as a crash would leave it.
    const copy = await temporaryFolder();
    for (const name of await readdir(folder)) if (name !== 'store.lock') await writeFile(path.join(copy, name), await readFile(path.join(folder, name)));
    await store.close();
    const reopened = await openEmbeddedStore(copy);
    expect(await reopened.counts()).toEqual(counts);
    await reopened.close();
  });

  test('a line torn by a crash at the end of the journal is dropped', async () => {
    const folder = await temporaryFolder();
    const store = await openEmbeddedStore(folder);
    await store.write([a1]);
    await store.save();
    await store.write(ALL.slice(1));
    const counts = await store.counts();
    const copy = await temporaryFolder();
    for (const name of await readdir(folder)) if (name !== 'store.lock') await writeFile(path.join(copy, name), await readFile(path.join(folder, name)));
    await store.close();
    await appendFile(path.join(copy, 'journal-1.jsonl'), '{"op":"retract","ids":["a');
    const reopened = await openEmbeddedStore(copy);
    expect(await reopened.counts()).toEqual(counts);
    await reopened.close();
  });

  test('a corrupt snapshot is reported as STORE_CORRUPT naming the file', async () => {
    const folder = await temporaryFolder();
    const store = await openEmbeddedStore(folder);
    await store.write(ALL);
    await store.close();
    const file = path.join(folder, 'graph.json');
    const data = await readFile(file, 'utf8');
    await writeFile(file, data.slice(0, data.length / 2));
    const failure = await openEmbeddedStore(folder).then(() => undefined, (error: unknown) => error);
    expect(isKgError(failure, 'STORE_CORRUPT')).toBe(true);
    expect((failure as Error).message).toContain(file);
  });

  test('a snapshot that is JSON but not a store is reported as STORE_CORRUPT', async () => {
    const folder = await temporaryFolder();
    await writeFile(path.join(folder, 'graph.json'), '{"format":"something else"}');
    await expect(openEmbeddedStore(folder)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });

  test('a corrupt line inside the journal is reported as STORE_CORRUPT naming the file', async () => {
    const folder = await temporaryFolder();
    const journal = path.join(folder, 'journal-0.jsonl');
    await writeFile(journal, '{"op":"retract","ids":[]}\nnot json\n{"op":"retract","ids":[]}\n');
    const failure = await openEmbeddedStore(folder).then(() => undefined, (error: unknown) => error);
    expect(isKgError(failure, 'STORE_CORRUPT')).toBe(true);
    expect((failure as Error).message).toContain(`${journal} is corrupt at line 2`);
  });

  test('saving leaves no temporary files and a snapshot that parses', async () => {
    const folder = await temporaryFolder();
    const store = await openEmbeddedStore(folder);
    await store.write(ALL);
    await store.save();
    expect((await readdir(folder)).sort()).toEqual(['graph.json', 'journal-1.jsonl', 'store.lock']);
    expect(JSON.parse(await readFile(path.join(folder, 'graph.json'), 'utf8'))).toMatchObject({ format: 'news-kg/embedded-store', generation: 1 });
    await store.close();
  });

  test('a second writer on the same folder is refused while the first has it open', async () => {
    const folder = await temporaryFolder();
    const store = await openEmbeddedStore(folder);
    await expect(openEmbeddedStore(folder)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    await store.close();
    const again = await openEmbeddedStore(folder);
    await again.close();
  });

  test('a lock left by a dead process is taken over', async () => {
    const folder = await temporaryFolder();
    await writeFile(path.join(folder, 'store.lock'), '2147483646\n');
    const store = await openEmbeddedStore(folder);
    await store.close();
  });

  test('a read-only store reads what another has written and refuses writes', async () => {
    const folder = await temporaryFolder();
    const store = await openEmbeddedStore(folder);
    await store.write(ALL);
    const reader = await openEmbeddedStore(folder, { readOnly: true });
    expect((await reader.readGraph()).hasNode(ANA)).toBe(true);
    await expect(reader.write([a1])).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    await reader.close();
    await store.close();
  });

  test('a read-only open of a folder with no store says to ingest first', async () => {
    const folder = path.join(await temporaryFolder(), 'absent');
    await expect(openEmbeddedStore(folder, { readOnly: true })).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });

  test('the journal is folded into a new snapshot once it outgrows the threshold and the snapshot', async () => {
    const folder = await temporaryFolder();
    const store = await openEmbeddedStore(folder, { compactMinJournalBytes: 1 });
    await store.write([a1]);
    expect((await readdir(folder)).sort()).toEqual(['graph.json', 'journal-1.jsonl', 'store.lock']);
    await store.write([a3]);
    expect((await stat(path.join(folder, 'journal-1.jsonl'))).size).toBeGreaterThan(0);
    await store.writeNodeProperties(new Map([[USA, { note: 'x'.repeat(20_000) }]]));
    expect((await readdir(folder)).sort()).toEqual(['graph.json', 'journal-2.jsonl', 'store.lock']);
    await store.close();
  });
});
