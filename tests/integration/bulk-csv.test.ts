// `kg bulk-csv` then neo4j-admin import gives, node for node and property for property, the graph `kg ingest --neo4j`
// writes from the same articles; and `kg ingest` goes on from a bulk-loaded database as from an ingested one.
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { kg, writeSampleCorpus } from '../pipeline/run-kg.js';
import { neo4jDump, neo4jDuplicates } from '../properties/canonical-graph.js';
import { useImportedNeo4j } from '../support/imported-neo4j.js';
import { neo4jUri, useCleanNeo4j } from '../support/neo4j.js';

const driver = useCleanNeo4j({ schema: true });
const ARTICLES = 24;

let dir: string;
let corpus: string;
let bulkRun: Awaited<ReturnType<typeof kg>>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bulk-csv-'));
  corpus = path.join(dir, 'corpus.jsonl');
  await writeSampleCorpus(corpus, 0, ARTICLES);
  // an article again, unchanged, and again with other content
  const first = (await readFile(corpus, 'utf8')).split('\n')[0] as string;
  const changed = { ...(JSON.parse(first) as { id: string; text: string }), text: 'Poland sent 200 troops to Lithuania on Monday.' };
  await appendFile(corpus, `${first}\n${JSON.stringify(changed)}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// the import, with the neo4j-admin command kg bulk-csv prints, as a user would run it (paths here have no spaces)
const imported = useImportedNeo4j(async (home) => {
  bulkRun = await kg(['bulk-csv', '--out', path.join(home, 'import'), corpus]);
  const command = /neo4j-admin (database import full .*)$/m.exec(bulkRun.stderr)?.[1];
  if (command === undefined) throw new Error(`kg bulk-csv printed no neo4j-admin command:\n${bulkRun.stderr}`);
  return command.split(' ');
});
const bulk = (): Driver => imported.driver();

/** An empty aliases list is a property Cypher writes and CSV cannot (an empty field is no property): the same here. */
function withAliases(dump: { nodes: string[]; relationships: string[] }): { nodes: string[]; relationships: string[] } {
  const nodes = dump.nodes
    .map((line) => {
      const [labels, properties] = JSON.parse(line) as [string[], Record<string, unknown>];
      if (labels.includes('Entity') && properties['aliases'] === undefined) properties['aliases'] = [];
      return JSON.stringify([labels, Object.fromEntries(Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : 1)))]);
    })
    .sort();
  return { nodes, relationships: dump.relationships };
}

describe('kg bulk-csv', () => {
  test('names the article it could not take, keeps the rest, and exits non-zero', () => {
    expect(bulkRun.code).toBe(1);
    expect(bulkRun.stderr).toMatch(/corpus\.jsonl:26: article "article-0" came earlier in this load with other content/);
    expect(bulkRun.stderr).toMatch(new RegExp(`wrote ${ARTICLES + 1} articles, 1 bad record skipped \\(1 repeated unchanged\\)`));
  });

  test('imports into the graph kg ingest --neo4j writes from the articles the load took', async () => {
    const kept = path.join(dir, 'kept.jsonl');
    await appendFile(kept, (await readFile(corpus, 'utf8')).split('\n').slice(0, ARTICLES + 1).join('\n') + '\n');
    const ingested = await kg(['ingest', '--neo4j', neo4jUri(), '--batch', '5', kept]);
    expect(ingested.stderr).toMatch(/ingested 25 articles \(24 new, 0 replaced, 1 unchanged\)/);

    const expected = withAliases(await neo4jDump(driver()));
    const actual = withAliases(await neo4jDump(bulk()));
    expect(actual.nodes.length).toBeGreaterThan(ARTICLES * 5);
    expect(actual.relationships.some((line) => line.startsWith('["SAID"'))).toBe(true);
    expect(actual.relationships.some((line) => line.startsWith('["MEETS"') || line.startsWith('["DEPLOYED_TO"'))).toBe(true);
    expect(actual).toEqual(expected);
  });

  test('lets kg ingest go on from the bulk-loaded database: schema applied, one more article merged, no duplicates', async () => {
    const more = path.join(dir, 'more.jsonl');
    await writeSampleCorpus(more, ARTICLES, ARTICLES + 4);
    for (const uri of [imported.uri(), neo4jUri()]) {
      const run = await kg(['ingest', '--neo4j', uri, more]);
      expect(run.stderr).toMatch(/ingested 4 articles \(4 new/);
    }
    expect(await neo4jDuplicates(bulk())).toEqual([]);
    expect(withAliases(await neo4jDump(bulk()))).toEqual(withAliases(await neo4jDump(driver())));
  });
});
