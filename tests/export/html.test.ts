// writeHtml: one self-contained page whose embedded data carries the graph, sizes by the metric, and the evidence.
import { MultiDirectedGraph } from 'graphology';
import { isKgError } from '../../src/errors.js';
import { writeHtml, type ViewerData } from '../../src/export/html.js';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from '../../src/export/html/node-sizes.js';
import type { EntityNodeAttributes, EvidenceSentence, FactEdgeAttributes, KnowledgeGraph } from '../../src/stores/store.js';
import type { EntityType, RelationType } from '../../src/schema/index.js';
import { buildViewer } from '../../scripts/build-viewer.js';

const TRICKY_NAME = 'Kyiv </script><!-- Accord';
const SUPPORT_SENTENCE = 'The United States pledged further air-defence support to Ukraine on Tuesday.';

function entity(graph: KnowledgeGraph, id: string, type: EntityType, label: string, extra: Partial<EntityNodeAttributes> = {}): void {
  graph.addNode(id, { id, type, label, aliases: [], articleCount: 1, ...extra });
}

function fact(
  graph: KnowledgeGraph,
  source: string,
  type: RelationType,
  target: string,
  evidence: EvidenceSentence[],
  extra: Partial<FactEdgeAttributes> = {},
): void {
  const key = `${source}|${type}|${target}`;
  const dates = evidence.flatMap((sentence) => (sentence.date === undefined ? [] : [sentence.date])).sort();
  graph.addEdgeWithKey(key, source, target, {
    key,
    type,
    articleCount: new Set(evidence.map((sentence) => sentence.article)).size,
    ...(dates[0] !== undefined && { firstSeen: dates[0] }),
    ...(dates.length > 0 && { lastSeen: dates[dates.length - 1]! }),
    evidence,
    ...extra,
  });
}

function sentence(article: string, text: string, date?: string): EvidenceSentence {
  return { article, start: 0, end: text.length, sentence: text, ...(date !== undefined && { date }) };
}

/** Six entities, six facts; pageranks distinct so the size order is fixed. */
function sampleGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>();
  entity(graph, 'country:us', 'Country', 'United States', { aliases: ['US', 'the United States'], articleCount: 3, pagerank: 0.3 });
  entity(graph, 'country:ua', 'Country', 'Ukraine', { articleCount: 3, pagerank: 0.25 });
  entity(graph, 'official:blinken', 'Official', 'Antony Blinken', { aliases: ['Blinken'], pagerank: 0.15 });
  entity(graph, 'agency:pentagon', 'Agency', 'Pentagon', { pagerank: 0.12 });
  entity(graph, 'agreement:accord', 'Agreement', TRICKY_NAME, { pagerank: 0.1 });
  entity(graph, 'org:nato', 'Organization', 'NATO', { aliases: ['North Atlantic Treaty Organization'], pagerank: 0.08 });
  fact(graph, 'official:blinken', 'HOLDS_POSITION', 'country:us', [
    sentence('a1', 'Secretary of State Antony Blinken arrived in Kyiv.', '2024-05-14'),
  ], { title: 'Secretary of State' });
  fact(graph, 'country:us', 'SUPPORTS', 'country:ua', [
    sentence('a1', SUPPORT_SENTENCE, '2024-05-14'),
    sentence('a2', 'Washington backs Kyiv, officials said.', '2024-06-02'),
  ]);
  fact(graph, 'agency:pentagon', 'PART_OF', 'country:us', [sentence('a3', 'The Pentagon, the US defence department, said...')]);
  fact(graph, 'country:us', 'SIGNED', 'agreement:accord', [sentence('a2', 'Both countries signed the accord.', '2024-06-02')]);
  fact(graph, 'country:ua', 'SIGNED', 'agreement:accord', [sentence('a2', 'Both countries signed the accord.', '2024-06-02')]);
  fact(graph, 'country:us', 'DEPLOYED_TO', 'country:ua', [sentence('a3', 'About 300 advisers were sent.', '2024-07-01')], { quantity: 300 });
  return graph;
}

function embeddedData(html: string): ViewerData {
  const match = /<script type="application\/json" id="kg-data">([\s\S]*?)<\/script>/.exec(html);
  if (match?.[1] === undefined) throw new Error('no kg-data script in the page');
  return JSON.parse(match[1]) as ViewerData;
}

beforeAll(async () => {
  await buildViewer();
});

describe('writeHtml', () => {
  test('embeds every entity and fact of the graph', () => {
    const data = embeddedData(writeHtml(sampleGraph()));
    expect(data.nodes).toHaveLength(6);
    expect(data.edges).toHaveLength(6);
    expect(data.nodes.map((node) => node.key).sort()).toEqual([
      'agency:pentagon', 'agreement:accord', 'country:ua', 'country:us', 'official:blinken', 'org:nato',
    ]);
    expect(data.edges.find((edge) => edge.key === 'country:us|DEPLOYED_TO|country:ua')).toMatchObject({
      source: 'country:us', target: 'country:ua', type: 'DEPLOYED_TO', quantity: 300, firstSeen: '2024-07-01',
    });
  });

  test('sizes nodes by PageRank by default: larger PageRank, larger node', () => {
    const data = embeddedData(writeHtml(sampleGraph()));
    expect(data.sizeBy).toEqual({ attribute: 'pagerank', label: 'PageRank', missing: 0 });
    const byPagerank = [...data.nodes].sort((a, b) => Number(a.metrics['pagerank']) - Number(b.metrics['pagerank']));
    expect(byPagerank.map((node) => node.key)).toEqual([
      'org:nato', 'agreement:accord', 'agency:pentagon', 'official:blinken', 'country:ua', 'country:us',
    ]);
    for (let i = 1; i < byPagerank.length; i += 1) expect(byPagerank[i]!.size).toBeGreaterThan(byPagerank[i - 1]!.size);
    expect(byPagerank[0]!.size).toBe(MIN_NODE_SIZE);
    expect(byPagerank[5]!.size).toBe(MAX_NODE_SIZE);
  });

  test('states the size metric in the page', () => {
    expect(writeHtml(sampleGraph())).toContain('Node size follows <strong id="kg-size-metric">PageRank</strong>');
  });

  test('sizes by degree, computed from the graph, when no node has a PageRank', () => {
    const graph = sampleGraph();
    graph.forEachNode((node) => graph.removeNodeAttribute(node, 'pagerank'));
    const data = embeddedData(writeHtml(graph));
    expect(data.sizeBy.attribute).toBe('degree');
    const degrees = Object.fromEntries(data.nodes.map((node) => [node.key, node.metrics['degree']]));
    expect(degrees).toEqual({
      'country:us': 5, 'country:ua': 3, 'official:blinken': 1, 'agency:pentagon': 1, 'agreement:accord': 2, 'org:nato': 0,
    });
    const size = (key: string) => data.nodes.find((node) => node.key === key)!.size;
    expect(size('org:nato')).toBe(MIN_NODE_SIZE);
    expect(size('country:us')).toBe(MAX_NODE_SIZE);
    expect(size('official:blinken')).toBe(size('agency:pentagon'));
    expect(size('agreement:accord')).toBeGreaterThan(size('official:blinken'));
  });

  test('refuses to size by an attribute no node has', () => {
    expect.assertions(1);
    try {
      writeHtml(sampleGraph(), { sizeBy: 'influence' });
    } catch (error) {
      expect(isKgError(error, 'CONFIG_INVALID')).toBe(true);
    }
  });

  test('carries each fact\'s evidence sentences with article and date', () => {
    const html = writeHtml(sampleGraph());
    const supports = embeddedData(html).edges.find((edge) => edge.type === 'SUPPORTS');
    expect(supports?.evidence).toEqual([
      { article: 'a1', start: 0, end: SUPPORT_SENTENCE.length, sentence: SUPPORT_SENTENCE, date: '2024-05-14' },
      { article: 'a2', start: 0, end: 38, sentence: 'Washington backs Kyiv, officials said.', date: '2024-06-02' },
    ]);
    expect(html).toContain(SUPPORT_SENTENCE);
  });

  test('escapes </script> and <!-- in embedded names, and reads them back unchanged', () => {
    const html = writeHtml(sampleGraph(), { title: 'Ukraine <b>& allies</b>' });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(html).toContain('Kyiv \\u003c/script\\u003e\\u003c!-- Accord');
    expect(embeddedData(html).nodes.find((node) => node.key === 'agreement:accord')?.label).toBe(TRICKY_NAME);
    expect(html).toContain('<title>Ukraine &lt;b&gt;&amp; allies&lt;/b&gt;</title>');
    expect(embeddedData(html).title).toBe('Ukraine <b>& allies</b>');
  });

  test('needs no network: no external src or href, and a policy that forbids fetching', () => {
    const html = writeHtml(sampleGraph());
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-/);
  });

  test('inlines the viewer: sigma and the client script', () => {
    const html = writeHtml(sampleGraph());
    expect(html).toContain('kgViewer');
    expect(html).toContain('enableEdgeEvents');
    expect(html.length).toBeGreaterThan(100_000);
  });

  test('draws the legend with one checkbox per entity type present, in ontology order', () => {
    const html = writeHtml(sampleGraph());
    const types = [...html.matchAll(/<input type="checkbox" data-type="(\w+)" checked>/g)].map((match) => match[1]);
    expect(types).toEqual(['Country', 'Official', 'Agency', 'Organization', 'Agreement']);
    expect(embeddedData(html).types).toEqual([
      { type: 'Country', color: '#2f6db5', count: 2 },
      { type: 'Official', color: '#c8414b', count: 1 },
      { type: 'Agency', color: '#1f9e89', count: 1 },
      { type: 'Organization', color: '#7b55a6', count: 1 },
      { type: 'Agreement', color: '#5b8c2a', count: 1 },
    ]);
  });

  test('spans the date filter over the facts\' firstSeen and lastSeen', () => {
    expect(embeddedData(writeHtml(sampleGraph())).dates).toEqual({ first: '2024-05-14', last: '2024-07-01' });
  });

  test('lays out the same graph the same way every time, without touching the graph', () => {
    const graph = sampleGraph();
    const first = embeddedData(writeHtml(graph));
    const second = embeddedData(writeHtml(sampleGraph()));
    expect(first.nodes.map(({ key, x, y }) => [key, x, y])).toEqual(second.nodes.map(({ key, x, y }) => [key, x, y]));
    expect(new Set(first.nodes.map(({ x, y }) => `${x},${y}`)).size).toBe(6);
    expect(graph.getNodeAttributes('country:us')).toEqual({
      id: 'country:us', type: 'Country', label: 'United States', aliases: ['US', 'the United States'], articleCount: 3, pagerank: 0.3,
    });
  });

  test('writes a page for an empty graph', () => {
    const data = embeddedData(writeHtml(new MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>()));
    expect(data.nodes).toEqual([]);
    expect(data.sizeBy.attribute).toBe('degree');
  });
});
