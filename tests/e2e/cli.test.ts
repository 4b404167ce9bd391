// The `kg` CLI end to end on data/samples, as a user runs it: extract, ingest (both stores), retract, export.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { Extraction } from '../../src/schema/index.js';
import { buildFragment } from '../../src/fragment/build-fragment.js';
import { useCleanNeo4j, neo4jUri } from '../support/neo4j.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const KG = path.join(ROOT, 'bin', 'kg.js');
const SAMPLES = path.join(ROOT, 'data', 'samples');
const SHARED_FACT_ARTICLE = 'poland-troops-lithuania';

async function kg(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', [KG, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NEO4J_URI: '' } });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: e.code ?? 1 };
  }
}

let extractions: Extraction[] = [];
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'kg-cli-'));
  const { stdout, code } = await kg('extract', SAMPLES);
  expect(code).toBe(0);
  extractions = stdout.trim().split('\n').map((line) => Extraction.parse(JSON.parse(line)));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function articleText(id: string): Promise<string> {
  const files = await readdir(SAMPLES);
  const file = files.find((f) => f.startsWith(`${id}.`));
  if (!file) throw new Error(`no sample ${id}`);
  const raw = await readFile(path.join(SAMPLES, file), 'utf8');
  return raw.replace(/\r\n?/g, '\n');
}

describe('kg extract data/samples', () => {
  test('writes one extraction per sample article (10), each valid under the SPEC section 4 schema', () => {
    expect(extractions).toHaveLength(10);
    expect(new Set(extractions.map((x) => x.article.id)).size).toBe(10);
  });

  test('every mention, evidence and statement span slices out exactly its own text', async () => {
    const fromJsonl = new Map<string, string>();
    for (const line of (await readFile(path.join(SAMPLES, 'wire-2026.jsonl'), 'utf8')).trim().split('\n')) {
      const record = JSON.parse(line) as { id: string; text: string };
      fromJsonl.set(record.id, record.text);
    }
    let spans = 0;
    for (const x of extractions) {
      const text = fromJsonl.get(x.article.id) ?? (await articleText(x.article.id));
      for (const e of x.entities) for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        spans++;
      }
      for (const r of x.relations) for (const ev of r.evidence) {
        expect(text.slice(ev.start, ev.end)).toBe(ev.text);
        spans++;
      }
      for (const s of x.statements) {
        expect(text.slice(s.start, s.end)).toBe(s.quote);
        spans++;
      }
    }
    expect(spans).toBeGreaterThan(200);
  });

  test('relation ends and speakers are entities of the same extraction', () => {
    for (const x of extractions) {
      const ids = new Set(x.entities.map((e) => e.id));
      for (const r of x.relations) expect([ids.has(r.source), ids.has(r.target)]).toEqual([true, true]);
      for (const s of x.statements) expect(ids.has(s.speaker)).toBe(true);
    }
  });

  test('finds the deployment both troop articles report, with its quantity', () => {
    const deployments = extractions.flatMap((x) =>
      x.relations.filter((r) => r.type === 'DEPLOYED_TO' && r.source === 'country:POL' && r.target === 'country:LTU').map((r) => ({ article: x.article.id, quantity: r.properties?.quantity })),
    );
    expect(deployments.map((d) => d.article).sort()).toEqual(['lithuania-welcomes-polish-troops', 'poland-troops-lithuania']);
    expect(deployments.find((d) => d.article === SHARED_FACT_ARTICLE)?.quantity).toBe(2500);
  });
});

describe('kg eval gold', () => {
  test('scores a gold article and, with --verbose anywhere on the line, lists each miss', async () => {
    const gold = path.join(folder, 'gold');
    await mkdir(gold, { recursive: true });
    const text = 'Polish Defence Minister Tomasz Wilk met Lithuanian President Rasa Jankauskiene in Vilnius on Monday.';
    await writeFile(
      path.join(gold, 'visit.json'),
      JSON.stringify({
        id: 'visit', source: 'written for this test', published: '2026-03-02', title: null, text,
        entities: [
          { name: 'Poland', type: 'Country' }, { name: 'Lithuania', type: 'Country' }, { name: 'Vilnius', type: 'Location' },
          { name: 'Tomasz Wilk', type: 'Official' }, { name: 'Rasa Jankauskiene', type: 'Official' }, { name: 'Baltic Council', type: 'Agency' },
        ],
        relations: [{ type: 'MEETS', source: 'Tomasz Wilk', target: 'Rasa Jankauskiene' }],
        statements: [],
      }),
    );
    const plain = await kg('eval', 'gold', gold);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^entities \(typed\)\s+P 1\.000\s+R 0\.833/m);
    expect(plain.stdout).not.toContain('false negative');
    for (const args of [['eval', 'gold', gold, '--verbose'], ['--verbose', 'eval', 'gold', gold]]) {
      const verbose = await kg(...args);
      expect(verbose.code).toBe(0);
      expect(verbose.stdout).toContain('visit  entity false negative: Agency "Baltic Council"');
    }
  });
});

describe('kg ingest into the embedded store, then export', () => {
  test('ingests every sample, and a second ingest changes nothing', async () => {
    const store = path.join(folder, 'store');
    const first = await kg('ingest', SAMPLES, '--store', store);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('ingested 10 articles (10 new, 0 replaced, 0 unchanged)');
    const second = await kg('ingest', SAMPLES, '--store', store);
    expect(second.stderr).toContain('(0 new, 0 replaced, 10 unchanged)');
  });

  test('writes well-formed GEXF 1.3 with node and edge types that Gephi reads', async () => {
    const out = path.join(folder, 'samples.gexf');
    const { code } = await kg('export', '--format', 'gexf', '--store', path.join(folder, 'store'), '--out', out);
    expect(code).toBe(0);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await readFile(out, 'utf8')) as {
      gexf: { xmlns: string; version: string; graph: { nodes: { node: { id: string; attvalues: unknown }[] }; edges: { edge: { label: string }[] } } };
    };
    expect(xml.gexf.version).toBe('1.3');
    expect(xml.gexf.xmlns).toBe('http://gexf.net/1.3');
    const nodes = xml.gexf.graph.nodes.node;
    const edges = xml.gexf.graph.edges.edge;
    expect(nodes.some((n) => n.id === 'country:POL')).toBe(true);
    expect(edges.some((e) => e.label === 'DEPLOYED_TO')).toBe(true);
  });

  test('kg analyze --write, then an HTML export whose node sizes follow PageRank', async () => {
    const store = path.join(folder, 'store');
    const analyzed = await kg('analyze', '--write', '--store', store);
    expect(analyzed.code).toBe(0);
    expect(analyzed.stdout).toMatch(/^\d+ entities, \d+ facts, \d+ communities/);
    const out = path.join(folder, 'samples.html');
    expect((await kg('export', '--format', 'html', '--store', store, '--out', out)).code).toBe(0);
    const html = await readFile(out, 'utf8');
    const json = /<script type="application\/json" id="kg-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
    const data = JSON.parse(json ?? 'null') as { sizeBy: { attribute: string }; nodes: { key: string; size: number; metrics: { pagerank?: number } }[] };
    expect(data.sizeBy.attribute).toBe('pagerank');
    const ranked = data.nodes.filter((n) => n.metrics.pagerank !== undefined);
    expect(ranked.length).toBeGreaterThan(50);
    const byRank = [...ranked].sort((a, b) => (a.metrics.pagerank ?? 0) - (b.metrics.pagerank ?? 0));
    for (let i = 1; i < byRank.length; i++) {
      const [lower, higher] = [byRank[i - 1], byRank[i]];
      if (!lower || !higher) continue;
      // never smaller; larger wherever the ranks differ by more than floating-point noise (ties of the graph's shape
      // come out of the power iteration a last bit apart)
      expect(higher.size).toBeGreaterThanOrEqual(lower.size);
      const [low, high] = [lower.metrics.pagerank ?? 0, higher.metrics.pagerank ?? 0];
      if (high - low > 1e-9 * high) expect(higher.size).toBeGreaterThan(lower.size);
    }
  });

  test('a bad record is named with its file and line, and the rest still goes in', async () => {
    const bad = path.join(folder, 'bad.jsonl');
    await writeFile(bad, '{"id":"ok-1","text":"Poland sent 300 troops to Latvia on Monday."}\n{"id": 5, "text": 7}\nnot json\n');
    const { code, stderr } = await kg('ingest', bad, '--store', path.join(folder, 'bad-store'));
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}:2:`);
    expect(stderr).toContain(`${bad}:3:`);
    expect(stderr).toContain('ingested 1 article, 2 bad records skipped');
  });
});

describe('kg ingest into Neo4j, retract', () => {
  const driver = useCleanNeo4j();

  async function counts(): Promise<{ nodes: number; relationships: number }> {
    const result = await driver().executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    const record = result.records[0];
    return { nodes: Number(record?.get('nodes')), relationships: Number(record?.get('relationships')) };
  }

  async function factKeys(): Promise<Set<string>> {
    const result = await driver().executeQuery('MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN r.key AS key');
    return new Set(result.records.map((r) => String(r.get('key'))));
  }

  test('ingest writes every fact the extraction found, once, and a second ingest changes nothing', async () => {
    const uri = neo4jUri();
    const first = await kg('ingest', SAMPLES, '--neo4j', uri);
    expect(first.code).toBe(0);
    const expected = new Set(extractions.flatMap((x) => buildFragment({ id: x.article.id, text: '' }, x).facts.map((f) => f.key)));
    expect(await factKeys()).toEqual(expected);
    const before = await counts();
    expect(Number((await driver().executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get('n'))).toBe(10);
    const second = await kg('ingest', SAMPLES, '--neo4j', uri);
    expect(second.stderr).toContain('10 unchanged');
    expect(await counts()).toEqual(before);
  });

  test('the sentences behind a named relationship come back from one Cypher query', async () => {
    const { records } = await driver().executeQuery(
      `MATCH (:Entity {id: 'country:POL'})-[r:DEPLOYED_TO]->(:Entity {id: 'country:LTU'})
       MATCH (v:Evidence {fact: r.key}) MATCH (a:Article {id: v.article})
       UNWIND range(0, size(v.starts) - 1) AS i
       RETURN a.id AS article, substring(a.text, v.starts[i], v.ends[i] - v.starts[i]) AS sentence ORDER BY article`,
    );
    const rows = records.map((r) => ({ article: String(r.get('article')), sentence: String(r.get('sentence')) }));
    expect([...new Set(rows.map((r) => r.article))]).toEqual(['lithuania-welcomes-polish-troops', SHARED_FACT_ARTICLE]);
    expect(rows.find((r) => r.article === SHARED_FACT_ARTICLE)?.sentence).toMatch(/^WARSAW, April 6 — Poland has sent 2,500 troops to Lithuania/);
  });

  test('retracting one article removes exactly the facts only it supported; a shared fact survives with one article less', async () => {
    const fragments = extractions.map((x) => buildFragment({ id: x.article.id, text: '' }, x));
    const others = new Set(fragments.filter((f) => f.article.id !== SHARED_FACT_ARTICLE).flatMap((f) => f.facts.map((fact) => fact.key)));
    const own = fragments.find((f) => f.article.id === SHARED_FACT_ARTICLE)?.facts.map((f) => f.key) ?? [];
    const unique = own.filter((key) => !others.has(key));
    expect(unique.length).toBeGreaterThan(0);
    const before = await factKeys();

    const { code } = await kg('retract', SHARED_FACT_ARTICLE, '--neo4j', neo4jUri());
    expect(code).toBe(0);
    const after = await factKeys();
    expect([...before].filter((key) => !after.has(key)).sort()).toEqual([...new Set(unique)].sort());

    const shared = await driver().executeQuery(
      "MATCH (:Entity {id: 'country:POL'})-[r:DEPLOYED_TO]->(:Entity {id: 'country:LTU'}) RETURN r.articleCount AS n",
    );
    expect(shared.records.map((r) => Number(r.get('n')))).toEqual([1]);
    const article = await driver().executeQuery('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: SHARED_FACT_ARTICLE });
    expect(Number(article.records[0]?.get('n'))).toBe(0);
  });

  test('exports the subgraph a Cypher query selects from Neo4j', async () => {
    const out = path.join(folder, 'poland.json');
    const { code } = await kg('export', '--format', 'cytoscape', '--neo4j', neo4jUri(), '--out', out,
      '--cypher', "MATCH p = (:Entity {id: 'country:POL'})-[:DEPLOYED_TO]->(:Entity) RETURN p");
    expect(code).toBe(0);
    const data = JSON.parse(await readFile(out, 'utf8')) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { label?: string; type?: string } }[] } };
    expect(data.elements.nodes.map((n) => n.data.id)).toContain('country:LTU');
    expect(data.elements.edges.length).toBeGreaterThan(0);
    for (const e of data.elements.edges) expect(e.data.type ?? e.data.label).toBe('DEPLOYED_TO');
  });

  test('retracting an unknown article is reported and changes nothing', async () => {
    const before = await counts();
    const { code, stderr } = await kg('retract', 'no-such-article', '--neo4j', neo4jUri());
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-article: no such article in the store');
    expect(await counts()).toEqual(before);
  });
});
