// The HTML export in a real browser (Debian's Chromium via playwright-core): search, click an edge, read its evidence.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeHtml } from '../../src/export/html.js';
import type { EntityNodeAttributes, EvidenceSentence, FactEdgeAttributes, KnowledgeGraph } from '../../src/stores/store.js';
import type { EntityType, RelationType } from '../../src/schema/index.js';
import { buildViewer } from '../../scripts/build-viewer.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL without a GPU: Chromium only falls back to SwiftShader when told to.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const ARTIFACTS = path.resolve('test-artifacts');
const SCREENSHOT = path.join(ARTIFACTS, 'html-viewer.png');

/** The fact the test clicks, and a sentence behind it. */
const CLICKED_FACT = 'country:us|SANCTIONS|country:ru';
const CLICKED_SENTENCE = 'Washington imposed new sanctions on Russian banks on Friday, the Treasury said.';

interface Fact {
  readonly source: string;
  readonly type: RelationType;
  readonly target: string;
  readonly evidence: readonly [article: string, date: string, sentence: string][];
  readonly title?: string;
  readonly quantity?: number;
}

const ENTITIES: readonly [id: string, type: EntityType, label: string, aliases: string[], pagerank: number][] = [
  ['country:us', 'Country', 'United States', ['US', 'Washington'], 0.19],
  ['country:ru', 'Country', 'Russia', ['Russian Federation', 'Moscow'], 0.16],
  ['country:ua', 'Country', 'Ukraine', ['Kyiv'], 0.15],
  ['country:de', 'Country', 'Germany', ['Berlin'], 0.07],
  ['country:pl', 'Country', 'Poland', ['Warsaw'], 0.05],
  ['official:blinken', 'Official', 'Antony Blinken', ['Blinken'], 0.045],
  ['official:lavrov', 'Official', 'Sergei Lavrov', ['Lavrov'], 0.04],
  ['official:kuleba', 'Official', 'Dmytro Kuleba', ['Kuleba'], 0.035],
  ['agency:treasury', 'Agency', 'US Treasury', ['Treasury Department'], 0.04],
  ['agency:pentagon', 'Agency', 'Pentagon', ['Department of Defense'], 0.04],
  ['org:nato', 'Organization', 'NATO', ['North Atlantic Treaty Organization'], 0.09],
  ['org:eu', 'Organization', 'European Union', ['EU'], 0.06],
  ['agreement:grain', 'Agreement', 'Black Sea Grain Initiative', ['grain deal'], 0.03],
  ['location:donbas', 'Location', 'Donbas', [], 0.02],
];

const FACTS: readonly Fact[] = [
  { source: 'country:us', type: 'SANCTIONS', target: 'country:ru', evidence: [
    ['reuters-0412', '2024-04-12', CLICKED_SENTENCE],
    ['ap-0413', '2024-04-13', 'The United States also sanctioned two Russian shipping firms.'],
  ] },
  { source: 'org:eu', type: 'SANCTIONS', target: 'country:ru', evidence: [['bbc-0301', '2024-03-01', 'The EU agreed a thirteenth package of sanctions against Russia.']] },
  { source: 'country:ru', type: 'IN_CONFLICT_WITH', target: 'country:ua', evidence: [['ap-0224', '2024-02-24', 'Russia launched a wave of strikes across Ukraine overnight.']] },
  { source: 'country:us', type: 'SUPPORTS', target: 'country:ua', evidence: [['reuters-0420', '2024-04-20', 'Congress approved $61 billion in aid for Ukraine.']] },
  { source: 'country:de', type: 'SUPPORTS', target: 'country:ua', evidence: [['dw-0110', '2024-01-10', 'Germany will deliver more Patriot systems to Ukraine.']] },
  { source: 'country:pl', type: 'SUPPORTS', target: 'country:ua', evidence: [['pap-0305', '2024-03-05', 'Poland pledged continued support for Kyiv.']] },
  { source: 'official:blinken', type: 'HOLDS_POSITION', target: 'country:us', title: 'Secretary of State', evidence: [['ap-0514', '2024-05-14', 'Secretary of State Antony Blinken arrived in Kyiv on Tuesday.']] },
  { source: 'official:lavrov', type: 'HOLDS_POSITION', target: 'country:ru', title: 'Foreign Minister', evidence: [['tass-0201', '2024-02-01', 'Foreign Minister Sergei Lavrov rejected the proposal.']] },
  { source: 'official:kuleba', type: 'HOLDS_POSITION', target: 'country:ua', title: 'Foreign Minister', evidence: [['ukr-0514', '2024-05-14', 'Ukrainian Foreign Minister Dmytro Kuleba thanked Washington.']] },
  { source: 'official:blinken', type: 'MEETS', target: 'official:kuleba', evidence: [['ap-0514', '2024-05-14', 'Blinken met Kuleba in Kyiv to discuss air defence.']] },
  { source: 'official:lavrov', type: 'ACCUSES', target: 'country:us', evidence: [['tass-0415', '2024-04-15', 'Lavrov accused the United States of prolonging the war.']] },
  { source: 'agency:treasury', type: 'PART_OF', target: 'country:us', evidence: [['reuters-0412', '2024-04-12', 'The US Treasury announced the measures.']] },
  { source: 'agency:pentagon', type: 'PART_OF', target: 'country:us', evidence: [['ap-0301', '2024-03-01', 'The Pentagon, the US Department of Defense, said...']] },
  { source: 'country:us', type: 'DEPLOYED_TO', target: 'country:pl', quantity: 10000, evidence: [['ap-0301', '2024-03-01', 'About 10,000 US troops are stationed in Poland.']] },
  { source: 'country:us', type: 'MEMBER_OF', target: 'org:nato', evidence: [['dw-0704', '2024-07-04', 'NATO members, led by the United States, met in Washington.']] },
  { source: 'country:de', type: 'MEMBER_OF', target: 'org:nato', evidence: [['dw-0704', '2024-07-04', 'Germany is one of NATO\'s largest contributors.']] },
  { source: 'country:pl', type: 'MEMBER_OF', target: 'org:nato', evidence: [['pap-0704', '2024-07-04', 'Poland has been a NATO member since 1999.']] },
  { source: 'country:de', type: 'MEMBER_OF', target: 'org:eu', evidence: [['dw-0110', '2024-01-10', 'Germany, the EU\'s largest economy...']] },
  { source: 'country:pl', type: 'MEMBER_OF', target: 'org:eu', evidence: [['pap-0305', '2024-03-05', 'Poland joined the EU in 2004.']] },
  { source: 'country:ua', type: 'PARTY_TO', target: 'agreement:grain', evidence: [['bbc-0717', '2023-07-17', 'Ukraine remains party to the grain deal.']] },
  { source: 'country:ru', type: 'PARTY_TO', target: 'agreement:grain', evidence: [['bbc-0717', '2023-07-17', 'Russia withdrew from the Black Sea Grain Initiative.']] },
  { source: 'location:donbas', type: 'LOCATED_IN', target: 'country:ua', evidence: [['ap-0224', '2024-02-24', 'Fighting continued in the Donbas region of eastern Ukraine.']] },
];

function sampleGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>();
  for (const [id, type, label, aliases, pagerank] of ENTITIES) graph.addNode(id, { id, type, label, aliases, articleCount: 2, pagerank });
  for (const fact of FACTS) {
    const key = `${fact.source}|${fact.type}|${fact.target}`;
    const evidence: EvidenceSentence[] = fact.evidence.map(([article, date, sentence]) => ({ article, start: 0, end: sentence.length, sentence, date }));
    const dates = evidence.map((sentence) => sentence.date!).sort();
    graph.addEdgeWithKey(key, fact.source, fact.target, {
      key,
      type: fact.type,
      articleCount: new Set(evidence.map((sentence) => sentence.article)).size,
      firstSeen: dates[0]!,
      lastSeen: dates[dates.length - 1]!,
      evidence,
      ...(fact.title !== undefined && { title: fact.title }),
      ...(fact.quantity !== undefined && { quantity: fact.quantity }),
    });
  }
  return graph;
}

/** Where to click to hit an edge: the midpoint of its two nodes, in page pixels, and how far that is from any node. */
interface EdgeTarget {
  readonly x: number;
  readonly y: number;
  readonly clearance: number;
}

/**
 * What the page exposes for tests as `window.kgViewer`. Functions given to page.evaluate run in the page,
 * so they read it through `globalThis` (this project's types have no DOM) and cannot call helpers from here.
 */
interface ViewerGlobal {
  readonly kgViewer?: {
    readonly sigma: Sigma;
    readonly graph: MultiDirectedGraph;
  };
}

function edgeTarget(page: Page, edge: string): Promise<EdgeTarget> {
  return page.evaluate((edge) => {
    const { sigma, graph } = (globalThis as ViewerGlobal).kgViewer!;
    const box = sigma.getContainer().getBoundingClientRect();
    const toPage = (node: string) => {
      const point = sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number });
      return { x: box.left + point.x, y: box.top + point.y };
    };
    const [a, b] = graph.extremities(edge).map(toPage) as [{ x: number; y: number }, { x: number; y: number }];
    const x = (a.x + b.x) / 2;
    const y = (a.y + b.y) / 2;
    const clearance = Math.min(...graph.mapNodes((node) => {
      const point = toPage(node);
      return Math.hypot(point.x - x, point.y - y);
    }));
    return { x, y, clearance };
  }, edge);
}

async function cameraAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => !(globalThis as ViewerGlobal).kgViewer!.sigma.getCamera().isAnimated());
  // (and every node placed on the screen: right after a camera reset, sigma may not have measured the frame yet)
  await page.waitForFunction(() => {
    const { sigma, graph } = (globalThis as ViewerGlobal).kgViewer!;
    return graph.everyNode((node) => {
      const point = sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number });
      return Number.isFinite(point.x) && Number.isFinite(point.y);
    });
  });
}

let browser: Browser | undefined;
let page: Page;
let pageUrl: string;
let workDir: string | undefined;
/** Page errors, console errors and warnings, and any request that left the file. */
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (Debian) to run the browser tests.`);
  }
  await buildViewer();
  workDir = await mkdtemp(path.join(os.tmpdir(), 'kg-html-viewer-'));
  const file = path.join(workDir, 'viewer.html');
  const html = writeHtml(sampleGraph(), { title: 'Ukraine war — spring 2024' });
  await writeFile(file, html);
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(path.join(ARTIFACTS, 'html-viewer.html'), html);
  pageUrl = pathToFileURL(file).href;

  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // SwiftShader reports each pixel read-back (sigma's picking) as a "GPU stall": noise, not a fault of the page.
    if (message.type() === 'error' || (message.type() === 'warning' && !message.text().includes('GL Driver Message'))) {
      problems.push(message.text());
    }
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
});

beforeEach(async () => {
  await page.goto(pageUrl);
  await page.waitForFunction(() => (globalThis as ViewerGlobal).kgViewer !== undefined);
});

afterAll(async () => {
  await browser?.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

test('searching a name centres it, and clicking an edge shows its evidence sentences in the panel', async () => {
  // Search by alias: the entity is selected, its panel opens, the camera centres on it.
  await page.fill('#kg-search', 'Washington');
  await page.press('#kg-search', 'Enter');
  await page.locator('#kg-panel h2', { hasText: 'United States' }).waitFor({ timeout: 5000 });
  await cameraAtRest(page);
  const centred = await page.evaluate(() => {
    const { sigma } = (globalThis as ViewerGlobal).kgViewer!;
    const camera = sigma.getCamera().getState();
    const node = sigma.getNodeDisplayData('country:us')!;
    return { dx: Math.abs(camera.x - node.x), dy: Math.abs(camera.y - node.y), highlighted: node.highlighted };
  });
  expect(centred.dx).toBeLessThan(1e-6);
  expect(centred.dy).toBeLessThan(1e-6);
  expect(centred.highlighted).toBe(true);
  expect(await page.locator('#kg-panel').textContent()).toContain('sanctions');

  // Back to the whole graph, then a real mouse click on the middle of the US → Russia edge, away from any node.
  // Sigma picks edges from a half-resolution pixel buffer; the viewer also takes a click within a few pixels
  // of an edge as a click on it, so either way the click must land on this fact.
  await page.evaluate(() => (globalThis as ViewerGlobal).kgViewer!.sigma.getCamera().animatedReset({ duration: 0 }));
  await cameraAtRest(page);
  const target = await edgeTarget(page, CLICKED_FACT);
  expect(target.clearance).toBeGreaterThan(30);
  await page.mouse.click(target.x, target.y);

  const panel = page.locator('#kg-panel');
  await panel.getByText(CLICKED_SENTENCE).waitFor({ timeout: 5000 });
  const text = await panel.textContent();
  expect(text).toContain('United States');
  expect(text).toContain('Russia');
  expect(text).toContain('reuters-0412 · 2024-04-12');
  expect(await panel.locator('.kg-fact-selected .kg-fact-type').textContent()).toBe('sanctions');

  await page.screenshot({ path: SCREENSHOT });
  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
});

test('filters hide entities by type and facts outside the dates', async () => {
  const hidden = () =>
    page.evaluate(() => {
      const { sigma, graph } = (globalThis as ViewerGlobal).kgViewer!;
      return {
        nodes: graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === true).sort(),
        edges: graph.filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.hidden === true).length,
      };
    });

  await page.click('#kg-legend input[data-type="Official"]');
  // The three officials and their five facts: three HOLDS_POSITION, Blinken MEETS Kuleba, Lavrov ACCUSES the US.
  expect(await hidden()).toEqual({ nodes: ['official:blinken', 'official:kuleba', 'official:lavrov'], edges: 5 });
  expect(await page.locator('#kg-visible').textContent()).toBe('11 of 14 entities, 17 of 22 facts.');

  await page.click('#kg-legend input[data-type="Official"]');
  await page.fill('#kg-from', '2024-07-01');
  await page.locator('#kg-from').dispatchEvent('change');
  // Only the three NATO memberships were seen in July: US, Germany, Poland and NATO stay.
  expect(await page.locator('#kg-visible').textContent()).toBe('4 of 14 entities, 3 of 22 facts.');
  expect((await hidden()).nodes).not.toContain('org:nato');

  await page.click('#kg-dates-reset');
  expect(await page.locator('#kg-visible').textContent()).toBe('14 of 14 entities, 22 of 22 facts.');
  expect(problems).toEqual([]);
});
