// The analyst's query library (cypher/queries) against the real Neo4j, over data/samples loaded through the pipeline as
// `kg ingest` loads it. Expected rows are what the sample articles say in so many words.
import { computeMetrics } from '../../src/analysis/metrics.js';
import { dataPath } from '../../src/data-path.js';
import { extractItems } from '../../src/pipeline/articles.js';
import { createExtractor } from '../../src/pipeline/extract-article.js';
import { listQueries, loadQuery } from '../../src/query/library.js';
import { runNamedQuery, type Row } from '../../src/query/run-query.js';
import type { GraphFragment } from '../../src/schema/index.js';
import { readArticles } from '../../src/sources/read-articles.js';
import { openNeo4jStore, type Neo4jStore } from '../../src/stores/neo4j.js';
import { useCleanNeo4j } from '../support/neo4j.js';

// Dropping the schema too: the store re-applies cypher/schema.cypher as it stands when it opens.
const driver = useCleanNeo4j({ schema: true });
let store: Neo4jStore | undefined;
/** Article id -> text, read from data/samples independently of the database, to check offsets against. */
const texts = new Map<string, string>();
const ran = new Set<string>();

const TROOPS_ARTICLES = ['lithuania-welcomes-polish-troops', 'poland-troops-lithuania'];

beforeAll(async () => {
  store = await openNeo4jStore();
  const fragments: GraphFragment[] = [];
  for await (const result of extractItems(readArticles([dataPath('samples')]), createExtractor())) {
    if (result.kind === 'bad') throw new Error(`data/samples holds a bad record: ${JSON.stringify(result)}`);
    texts.set(result.item.article.id, result.item.article.text);
    fragments.push(result.fragment);
  }
  await store.write(fragments);
}, 300_000);

afterAll(async () => {
  await store?.close();
});

async function run(name: string, params: Row): Promise<Row[]> {
  ran.add(name);
  return runNamedQuery(driver(), loadQuery(name), params);
}

const text = (article: unknown): string => texts.get(String(article)) ?? '';
const strings = (rows: readonly Row[], column: string): string[] => rows.map((row) => String(row[column])).sort();

describe('offices-of', () => {
  test("lists Tomasz Wilk's office of Defence Minister of Poland", async () => {
    const rows = await run('offices-of', { person: 'Tomasz Wilk' });
    expect(rows).toContainEqual(expect.objectContaining({
      person: 'Tomasz Wilk', title: 'Defence Minister', body: 'Poland', bodyId: 'country:POL', bodyType: 'Country', modality: 'asserted',
    }));
  });

  test.each([['wilk'], ['TOMASZ WILK'], ['person:tomasz-wilk']])('finds the same offices when the person is given as %j', async (person) => {
    expect(await run('offices-of', { person })).toEqual(await run('offices-of', { person: 'Tomasz Wilk' }));
  });
});

describe('office-holders', () => {
  test('lists Tomasz Wilk as Defence Minister of Poland', async () => {
    const rows = await run('office-holders', { body: 'Poland' });
    expect(rows).toContainEqual(expect.objectContaining({ holder: 'Tomasz Wilk', holderId: 'person:tomasz-wilk', title: 'Defence Minister', body: 'Poland', within: 'Poland' }));
  });

  test("lists the Kremlin's spokesman Oleg Samarin among Russia's office holders, through the Kremlin being part of Russia", async () => {
    const rows = await run('office-holders', { body: 'Russia' });
    expect(rows).toContainEqual(expect.objectContaining({ holder: 'Oleg Samarin', title: expect.stringMatching(/spokesman/i), body: 'Kremlin', within: 'Russia' }));
  });
});

describe('agreements-of and agreement-parties', () => {
  test('Japan and Australia signed the same agreement, and its parties are both', async () => {
    const signed = async (entity: string): Promise<string[]> =>
      strings((await run('agreements-of', { entity })).filter((row) => row['relation'] === 'SIGNED'), 'agreementId');
    const japan = await signed('Japan');
    expect(japan).toHaveLength(1);
    expect(await signed('Australia')).toEqual(japan);

    const parties = await run('agreement-parties', { agreement: japan[0] });
    const signatories = parties.filter((row) => row['relation'] === 'SIGNED');
    expect(strings(signatories, 'partyId')).toEqual(expect.arrayContaining(['country:AUS', 'country:JPN']));
    for (const row of parties) expect(row['modality']).toBe('asserted');
  });

  test('the Danube Energy Corridor Agreement has a Hungarian and a Serbian signatory or party', async () => {
    const parties = strings(await run('agreement-parties', { agreement: 'Danube Energy Corridor Agreement' }), 'party');
    expect(parties).toEqual(expect.arrayContaining([expect.stringMatching(/^(Hungary|Anna Kovacs)$/), expect.stringMatching(/^(Serbia|Milan Petrovic)$/)]));
  });
});

describe('deployments-into and deployments-by', () => {
  test("lists Poland's deployment into Lithuania, as asserted", async () => {
    const rows = await run('deployments-into', { place: 'Lithuania' });
    expect(rows).toContainEqual(expect.objectContaining({ sender: 'Poland', senderId: 'country:POL', destination: 'Lithuania', within: 'Lithuania', modality: 'asserted' }));
  });

  test('gives that deployment its 2,500 troops, supported by both articles that report it', async () => {
    const [row] = (await run('deployments-into', { place: 'Lithuania' })).filter((r) => r['senderId'] === 'country:POL');
    expect(row).toEqual(expect.objectContaining({ quantity: 2500, articles: 2 }));
  });

  test('lists a deployment into a place located in the country asked about (North Kivu, in DR Congo)', async () => {
    const rows = await run('deployments-into', { place: 'country:COD' });
    expect(rows).toContainEqual(expect.objectContaining({ senderId: 'country:RWA', destination: 'North Kivu', within: 'DR Congo' }));
  });

  test('lists Lithuania among the destinations of Poland', async () => {
    const rows = await run('deployments-by', { sender: 'Poland' });
    expect(rows).toContainEqual(expect.objectContaining({ sender: 'Poland', destination: 'Lithuania', destinationId: 'country:LTU', modality: 'asserted' }));
  });
});

describe('sanctions', () => {
  test('lists the United States and Britain as imposing sanctions against Nordvektor Shipping', async () => {
    const rows = await run('sanctions', { entity: 'Nordvektor Shipping' });
    expect(rows.every((row) => row['direction'] === 'against' && row['target'] === 'Nordvektor Shipping')).toBe(true);
    expect(strings(rows, 'imposer')).toEqual(expect.arrayContaining(['United Kingdom', 'United States']));
  });

  test('finds sanctions by the United Kingdom through its alias Britain', async () => {
    const rows = await run('sanctions', { entity: 'britain' });
    expect(rows).toContainEqual(expect.objectContaining({ direction: 'by', imposer: 'United Kingdom', target: 'Nordvektor Shipping', modality: 'asserted' }));
  });

  test('lists the sanctions the United States imposed on Nordvektor Shipping and on the M23', async () => {
    const rows = await run('sanctions', { entity: 'United States' });
    expect(strings(rows.filter((row) => row['direction'] === 'by'), 'target')).toEqual(expect.arrayContaining(['M23', 'Nordvektor Shipping']));
  });
});

describe('accusations', () => {
  test('lists Poland accusing Russia and Belarus', async () => {
    const rows = await run('accusations', { entity: 'Poland' });
    const made = rows.filter((row) => row['direction'] === 'by');
    expect(made.every((row) => row['accuser'] === 'Poland')).toBe(true);
    expect(strings(made, 'accused')).toEqual(expect.arrayContaining(['Belarus', 'Russia']));
  });

  test('lists the accusation against Belarus with Poland as the accuser', async () => {
    const rows = await run('accusations', { entity: 'Belarus' });
    expect(rows).toContainEqual(expect.objectContaining({ direction: 'against', accuser: 'Poland', accused: 'Belarus', otherId: 'country:POL' }));
  });
});

describe('meetings', () => {
  test('lists the meeting of Haiti\'s Prime Minister Jean-Robert Celestin with Samuel Otieno on 2026-05-04', async () => {
    const rows = await run('meetings', { official: 'Jean-Robert Celestin' });
    expect(rows).toContainEqual(expect.objectContaining({
      official: 'Jean-Robert Celestin', met: 'Samuel Otieno', modality: 'asserted', articles: 1, firstSeen: '2026-05-04', lastSeen: '2026-05-04',
    }));
  });

  test('reads the symmetric meeting from the other side too, with the office of the one met', async () => {
    const rows = await run('meetings', { official: 'Otieno' });
    expect(rows).toContainEqual(expect.objectContaining({ met: 'Jean-Robert Celestin', metOffices: expect.arrayContaining(['Prime Minister of Haiti']) }));
  });

  test('lists the meeting of Tomasz Wilk with Lithuania\'s minister Jankauskiene', async () => {
    const rows = await run('meetings', { official: 'Tomasz Wilk' });
    expect(rows).toContainEqual(expect.objectContaining({ met: expect.stringMatching(/Jankauskiene$/) }));
  });
});

describe('statements-by', () => {
  test('lists Tomasz Wilk saying "We will not wait for the next provocation", at its offsets in the article', async () => {
    const rows = await run('statements-by', { speaker: 'Tomasz Wilk' });
    const row = rows.find((r) => String(r['quote']).includes('We will not wait for the next provocation'));
    expect(row).toEqual(expect.objectContaining({ speaker: 'Tomasz Wilk', article: 'poland-troops-lithuania' }));
    for (const r of rows) expect(text(r['article']).slice(Number(r['start']), Number(r['end']))).toBe(r['quote']);
  });

  test('lists the same statements when the speaker is given by alias', async () => {
    expect(await run('statements-by', { speaker: 'Wilk' })).toEqual(await run('statements-by', { speaker: 'Tomasz Wilk' }));
  });
});

describe('statements-about', () => {
  test.each([
    ['Poland', 'Poland understood the threat before many others did'],
    ['Lithuania', 'Lithuania has never felt less alone'],
  ])('lists what Jankauskiene said about %s', async (entity, quote) => {
    const rows = await run('statements-about', { entity });
    expect(rows).toContainEqual(expect.objectContaining({ about: entity, speaker: expect.stringMatching(/Jankauskiene$/), quote, article: 'lithuania-welcomes-polish-troops' }));
  });
});

describe('evidence', () => {
  const deployment = { source: 'Poland', type: 'DEPLOYED_TO', target: 'Lithuania' };

  test('gives each sentence as the article text at the evidence offsets', async () => {
    const rows = await run('evidence', deployment);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toEqual(expect.objectContaining({ source: 'Poland', type: 'DEPLOYED_TO', target: 'Lithuania' }));
      expect(row['sentence']).toBe(text(row['article']).slice(Number(row['start']), Number(row['end'])));
    }
    expect(rows).toContainEqual(expect.objectContaining({
      article: 'lithuania-welcomes-polish-troops',
      sentence: expect.stringContaining('welcomed the 2,500 Polish troops that Poland sent to Lithuania last week'),
    }));
  });

  test('gives the sentences of both articles that report the deployment', async () => {
    expect(strings(await run('evidence', deployment), 'article')).toEqual(TROOPS_ARTICLES);
  });

  test('accepts the type in any case and with spaces', async () => {
    expect(await run('evidence', { ...deployment, type: 'deployed to' })).toEqual(await run('evidence', deployment));
  });

  test('respects the direction of a directed relationship', async () => {
    expect(await run('evidence', { source: 'Lithuania', type: 'DEPLOYED_TO', target: 'Poland' })).toEqual([]);
  });

  test('gives the dated sentence behind a meeting, from either side of the symmetric relationship', async () => {
    const rows = await run('evidence', { source: 'Samuel Otieno', type: 'MEETS', target: 'Jean-Robert Celestin' });
    // the meeting sentence, and the one where "the two men signed" an agreement together
    expect(rows).toContainEqual(expect.objectContaining({
      type: 'MEETS', article: 'kenya-police-haiti', date: '2026-05-04', modality: 'asserted',
      sentence: expect.stringMatching(/^Otieno spoke after meeting Haitian Prime Minister Jean-Robert Celestin in Nairobi\./),
    }));
    expect(rows.every((row) => row['type'] === 'MEETS' && row['article'] === 'kenya-police-haiti')).toBe(true);
    expect(await run('evidence', { source: 'Jean-Robert Celestin', type: 'meets', target: 'Samuel Otieno' })).toEqual(rows);
  });
});

describe('paths-between', () => {
  test('finds the one-hop path between Tomasz Wilk and Poland, his office, each way round', async () => {
    const there = await run('paths-between', { from: 'Tomasz Wilk', to: 'Poland' });
    expect(there).toContainEqual(expect.objectContaining({ hops: 1, path: 'Tomasz Wilk -[HOLDS_POSITION]-> Poland', ids: ['person:tomasz-wilk', 'country:POL'] }));
    expect(there.every((row) => row['hops'] === 1)).toBe(true);
    const back = await run('paths-between', { from: 'Poland', to: 'Tomasz Wilk' });
    expect(back).toContainEqual(expect.objectContaining({ hops: 1, path: 'Poland <-[HOLDS_POSITION]- Tomasz Wilk' }));
  });

  test('goes from Tomasz Wilk to Lithuania through Poland and its deployment', async () => {
    const rows = await run('paths-between', { from: 'Tomasz Wilk', to: 'Lithuania' });
    expect(rows.every((row) => row['hops'] === 2)).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({
      path: 'Tomasz Wilk -[HOLDS_POSITION]-> Poland -[DEPLOYED_TO]-> Lithuania',
      steps: [
        expect.objectContaining({ source: 'Tomasz Wilk', type: 'HOLDS_POSITION', target: 'Poland', title: 'Defence Minister' }),
        expect.objectContaining({ source: 'Poland', type: 'DEPLOYED_TO', target: 'Lithuania', modality: 'asserted' }),
      ],
    }));
  });

  test('does not go through mentions: TASS shares an article with Lithuania but no fact path', async () => {
    const together = await run('co-mentions', { entity: 'TASS', limit: 100 });
    expect(strings(together, 'id')).toContain('country:LTU');
    expect(await run('paths-between', { from: 'TASS', to: 'Lithuania' })).toEqual([]);
  });
});

describe('neighbourhood', () => {
  test("lists Tomasz Wilk's own facts at distance 1 when no depth is given", async () => {
    const rows = await run('neighbourhood', { entity: 'Tomasz Wilk', depth: null });
    expect(rows.every((row) => row['distance'] === 1 && (row['sourceId'] === 'person:tomasz-wilk' || row['targetId'] === 'person:tomasz-wilk'))).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ source: 'Tomasz Wilk', type: 'HOLDS_POSITION', target: 'Poland', title: 'Defence Minister' }));
    expect(rows).toContainEqual(expect.objectContaining({ type: 'MEETS', distance: 1 }));
    expect(await run('neighbourhood', { entity: 'Tomasz Wilk', depth: 1 })).toEqual(rows);
  });

  test("adds Poland's deployment to Lithuania at distance 2", async () => {
    const one = await run('neighbourhood', { entity: 'Tomasz Wilk', depth: 1 });
    const two = await run('neighbourhood', { entity: 'Tomasz Wilk', depth: 2 });
    expect(two.filter((row) => row['distance'] === 1)).toEqual(one);
    expect(two).toContainEqual(expect.objectContaining({ distance: 2, source: 'Poland', type: 'DEPLOYED_TO', target: 'Lithuania' }));
  });
});

describe('co-mentions', () => {
  test('counts the two articles in which Lithuania and Poland are both mentioned', async () => {
    const rows = await run('co-mentions', { entity: 'Lithuania', limit: 100 });
    const poland = rows.find((row) => row['id'] === 'country:POL');
    expect(poland).toEqual(expect.objectContaining({ entity: 'Lithuania', coMentioned: 'Poland', articles: 2 }));
    expect([...(poland?.['sampleArticles'] as string[])].sort()).toEqual(TROOPS_ARTICLES);
    expect(rows.map((row) => row['articles'])).toEqual([...rows.map((row) => row['articles'] as number)].sort((a, b) => b - a));
  });

  test('lists no more than the limit', async () => {
    expect(await run('co-mentions', { entity: 'Lithuania', limit: 3 })).toHaveLength(3);
  });
});

describe('changes-since', () => {
  test('lists the meeting of 2026-05-04 as new since 2026-05-01, and nothing last seen before', async () => {
    const rows = await run('changes-since', { since: '2026-05-01' });
    expect(rows).toContainEqual(expect.objectContaining({ change: 'new', type: 'MEETS', firstSeen: '2026-05-04', modality: 'asserted' }));
    for (const row of rows) expect(String(row['lastSeen']) >= '2026-05-01').toBe(true);
  });

  test('marks a fact first seen before the date and seen again since as updated', async () => {
    // The State Department is part of the United States in the wire articles of 2026-04-12 and 2026-05-04.
    const rows = await run('changes-since', { since: '2026-04-20' });
    expect(rows).toContainEqual(expect.objectContaining({
      change: 'updated', source: 'United States Department of State', type: 'PART_OF', target: 'United States', firstSeen: '2026-04-12', articles: 2,
    }));
  });
});

describe('search', () => {
  test.each([
    ['Lithuania', 'country:LTU'],
    ['Wilk', 'person:tomasz-wilk'],
    ['Lituania~', 'country:LTU'],
    ['Nordvek*', 'org:nordvektor-shipping'],
  ])('finds %j: %s first', async (query, id) => {
    const [first] = await run('search', { text: query });
    expect(first).toEqual(expect.objectContaining({ id }));
  });
});

describe('entity', () => {
  test("gives Poland's record", async () => {
    const [row, ...rest] = await run('entity', { entity: 'Poland' });
    expect(rest).toEqual([]);
    expect(row).toEqual(expect.objectContaining({ id: 'country:POL', name: 'Poland', type: 'Country', labels: ['Country'], articles: 2 }));
    expect(row?.['aliases']).toEqual(expect.arrayContaining(['Polish']));
    expect(row?.['facts']).toEqual(expect.arrayContaining([expect.stringMatching(/^DEPLOYED_TO: [1-9]/), expect.stringMatching(/^ACCUSES: [1-9]/)]));
  });

  test('prefers the entity so named over the one with that alias (Warsaw the city, not Poland)', async () => {
    expect(await run('entity', { entity: 'warsaw' })).toEqual([expect.objectContaining({ id: 'location:warsaw', type: 'Location' })]);
  });
});

describe('facts-of', () => {
  test("lists Lithuania's facts, each with Lithuania at one end", async () => {
    const rows = await run('facts-of', { entity: 'Lithuania' });
    expect(rows).toContainEqual(expect.objectContaining({ source: 'Poland', type: 'DEPLOYED_TO', target: 'Lithuania', modality: 'asserted' }));
    expect(rows.every((row) => row['sourceId'] === 'country:LTU' || row['targetId'] === 'country:LTU')).toBe(true);
  });
});

describe('memberships', () => {
  test('lists Poland as a member of NATO since 1999', async () => {
    const rows = await run('memberships', { entity: 'NATO' });
    expect(rows).toContainEqual(expect.objectContaining({ direction: 'has member', member: 'Poland', body: 'North Atlantic Treaty Organization', firstSeen: '1999' }));
  });
});

describe('conflicts', () => {
  test('lists the fighting between DR Congo and the M23', async () => {
    const rows = await run('conflicts', { entity: 'DR Congo' });
    expect(rows).toContainEqual(expect.objectContaining({ opponent: 'M23', opponentId: 'org:m23' }));
  });
});

describe('most-central', () => {
  test('ranks by degree over facts before `kg analyze --write`', async () => {
    const graph = await (store as Neo4jStore).readGraph();
    const degrees = graph.nodes().map((node) => graph.degree(node)).sort((a, b) => b - a);
    const rows = await run('most-central', { limit: 5 });
    expect(rows.map((row) => row['degree'])).toEqual(degrees.slice(0, 5));
    for (const row of rows) expect(row).toEqual(expect.objectContaining({ rankedBy: 'degree', pagerank: null, degree: graph.degree(String(row['id'])) }));
  });

  test('ranks by the pagerank that `kg analyze --write` writes', async () => {
    const graph = await (store as Neo4jStore).readGraph();
    const metrics = computeMetrics(graph);
    await (store as Neo4jStore).writeNodeProperties(new Map([...metrics].map(([id, m]) => [id, { ...m }])));
    try {
      const ranks = [...metrics.values()].map((m) => m.pagerank).sort((a, b) => b - a);
      const rows = await run('most-central', { limit: 5 });
      expect(rows).toHaveLength(5);
      rows.forEach((row, i) => {
        expect(row['rankedBy']).toBe('pagerank');
        expect(row['pagerank']).toBeCloseTo(ranks[i] ?? Number.NaN, 12);
        expect(row['pagerank']).toBeCloseTo(metrics.get(String(row['id']))?.pagerank ?? Number.NaN, 12);
      });
    } finally {
      await driver().executeQuery('MATCH (e:Entity) REMOVE e.pagerank, e.degree, e.betweenness, e.community');
    }
  });
});

describe('the library', () => {
  test('has had every one of its queries run above', () => {
    expect([...ran].sort()).toEqual(listQueries().map((query) => query.name).sort());
  });
});
