// One conformance suite for every GraphStore: each implementation runs it with a factory for a fresh, empty store.
import type { GraphCounts, GraphStore } from '../../src/stores/store.js';
import type { GraphFragment } from '../../src/schema/index.js';
import {
  a1, a2, a3, a3Corrected, ACCORD, ALL, ANA, ANA_MEETS_LUNE, ANA_PRESIDENT, DEU, DEU_SIGNED, ELYSEE, ELYSEE_IN_PARIS,
  FRA, FRA_SIGNED, LUNE, LUNE_PRESIDENT, PARIS, USA,
} from './fixtures.js';

const NO_NODES = { Country: 0, Official: 0, Person: 0, Agency: 0, Organization: 0, Agreement: 0, Location: 0, Article: 0, Statement: 0 };
const NO_RELATIONSHIPS = {
  HOLDS_POSITION: 0, PART_OF: 0, LOCATED_IN: 0, SIGNED: 0, PARTY_TO: 0, DEPLOYED_TO: 0, SUPPORTS: 0, ACCUSES: 0,
  IN_CONFLICT_WITH: 0, MEMBER_OF: 0, MEETS: 0, SANCTIONS: 0, MENTIONS: 0, SAID: 0, FROM: 0, ABOUT: 0,
};

function counts(nodes: Partial<typeof NO_NODES>, relationships: Partial<typeof NO_RELATIONSHIPS>, totalNodes: number, totalRelationships: number): GraphCounts {
  return { nodes: { ...NO_NODES, ...nodes }, relationships: { ...NO_RELATIONSHIPS, ...relationships }, totalNodes, totalRelationships };
}

/** a1 + a2 + a3: 8 entities (2 officials, 3 countries, 2 locations, 1 agreement), 3 articles, 1 statement;
 *  6 facts, MENTIONS 6 + 4 + 3, and the statement's SAID, FROM, ABOUT. */
const ALL_COUNTS = counts(
  { Official: 2, Country: 3, Location: 2, Agreement: 1, Article: 3, Statement: 1 },
  { HOLDS_POSITION: 2, MEETS: 1, LOCATED_IN: 1, SIGNED: 2, MENTIONS: 13, SAID: 1, FROM: 1, ABOUT: 1 },
  12,
  22,
);

/** After retracting a1: the Elysee, Lune's office, the LOCATED_IN fact and the statement go; 4 + 3 MENTIONS remain. */
const WITHOUT_A1_COUNTS = counts(
  { Official: 2, Country: 3, Location: 1, Agreement: 1, Article: 2 },
  { HOLDS_POSITION: 1, MEETS: 1, SIGNED: 2, MENTIONS: 7 },
  9,
  11,
);

/** a3 replaced by its correction: France's signature goes (France stays: a1 names it); a3 now mentions 2 entities. */
const CORRECTED_COUNTS = counts(
  { Official: 2, Country: 3, Location: 2, Agreement: 1, Article: 3, Statement: 1 },
  { HOLDS_POSITION: 2, MEETS: 1, LOCATED_IN: 1, SIGNED: 1, MENTIONS: 12, SAID: 1, FROM: 1, ABOUT: 1 },
  12,
  20,
);

const ANA_PRESIDENT_EVIDENCE = [
  { article: 'a1', start: 0, end: 54, sentence: 'American President Ana Sol arrived in Paris on Monday.', date: '2024-03-01' },
  { article: 'a2', start: 47, end: 96, sentence: 'Ana Sol, the US president, flew home a day later.', date: '2024-03-05' },
];
const MEETING_EVIDENCE = [
  { article: 'a1', start: 55, end: 123, sentence: 'Sol met French President Marc Lune at the Elysee, a palace in Paris.', date: '2024-03-01' },
  { article: 'a2', start: 0, end: 46, sentence: 'On March 4, Marc Lune hosted Ana Sol in Paris.', date: '2024-03-04' },
];

export function describeStoreConformance(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`${name} store conformance`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('writing', () => {
      test('writes three new articles and counts every node and relationship', async () => {
        expect(await store.write(ALL)).toEqual({ written: 3, unchanged: 0, replaced: 0 });
        expect(await store.counts()).toEqual(ALL_COUNTS);
      });

      test('an empty store counts zero of everything', async () => {
        expect(await store.counts()).toEqual(counts({}, {}, 0, 0));
      });

      test('ingesting the same articles twice changes nothing', async () => {
        await store.write(ALL);
        const before = await store.readGraph({ withEvidence: true });
        expect(await store.write(ALL)).toEqual({ written: 0, unchanged: 3, replaced: 0 });
        expect(await store.counts()).toEqual(ALL_COUNTS);
        const after = await store.readGraph({ withEvidence: true });
        expect(after.export()).toEqual(before.export());
        expect(after.getEdgeAttribute(ANA_PRESIDENT, 'articleCount')).toBe(2);
      });

      test('the same article twice in one call is written once', async () => {
        expect(await store.write([a1, a1])).toEqual({ written: 1, unchanged: 1, replaced: 0 });
        expect((await store.counts()).nodes['Article']).toBe(1);
      });

      test('an article with new content replaces its old support', async () => {
        await store.write(ALL);
        expect(await store.write([a3Corrected])).toEqual({ written: 0, unchanged: 0, replaced: 1 });
        expect(await store.counts()).toEqual(CORRECTED_COUNTS);
        const graph = await store.readGraph();
        expect(graph.hasEdge(FRA_SIGNED)).toBe(false);
        expect(await store.evidence(DEU, 'SIGNED', ACCORD)).toEqual([
          { article: 'a3', start: 0, end: 43, sentence: 'Germany signed the Harbor Accord on Sunday.', date: '2024-03-10' },
        ]);
      });

      test('replacing the only article that names an entity removes the entity', async () => {
        await store.write([a3]);
        await store.write([a3Corrected]);
        const graph = await store.readGraph();
        expect(graph.nodes().sort()).toEqual([ACCORD, DEU]);
      });

      test('rejects a fragment whose fact names an entity it does not list, writing nothing', async () => {
        const broken = { ...a2, facts: [{ ...a2.facts[0]!, target: ELYSEE }] };
        await expect(store.write([a1, broken])).rejects.toMatchObject({ code: 'INPUT_INVALID_RECORD' });
        expect((await store.counts()).totalNodes).toBe(0);
      });
    });

    describe('retracting', () => {
      test('removes exactly what only the article supported', async () => {
        await store.write(ALL);
        expect(await store.retract(['a1'])).toEqual({ retracted: ['a1'], missing: [] });
        expect(await store.counts()).toEqual(WITHOUT_A1_COUNTS);
        const graph = await store.readGraph();
        expect(graph.hasNode(ELYSEE)).toBe(false);
        expect(graph.hasEdge(LUNE_PRESIDENT)).toBe(false);
        expect(graph.hasEdge(ELYSEE_IN_PARIS)).toBe(false);
        expect(graph.hasEdge(FRA_SIGNED)).toBe(true);
      });

      test('a fact named in another article survives with its support and dates recomputed', async () => {
        await store.write(ALL);
        await store.retract(['a1']);
        const graph = await store.readGraph();
        expect(graph.getEdgeAttributes(ANA_PRESIDENT)).toEqual({
          key: ANA_PRESIDENT, type: 'HOLDS_POSITION', title: 'President', articleCount: 1, firstSeen: '2024-03-05', lastSeen: '2024-03-05',
        });
        expect(await store.evidence(ANA, 'HOLDS_POSITION', USA)).toEqual([ANA_PRESIDENT_EVIDENCE[1]]);
      });

      test('a fact one article denies and another asserts is asserted, and denied again once the assertion is retracted', async () => {
        const denied: GraphFragment = {
          ...a1,
          article: { ...a1.article, id: 'a-denied', contentHash: 'hash-denied' },
          facts: a1.facts.map((f) => (f.key === ANA_MEETS_LUNE ? { ...f, modality: 'denied' as const } : f)),
          statements: [],
        };
        await store.write([denied]);
        expect((await store.readGraph()).getEdgeAttribute(ANA_MEETS_LUNE, 'modality')).toBe('denied');
        await store.write([a1]);
        expect((await store.readGraph()).getEdgeAttribute(ANA_MEETS_LUNE, 'modality')).toBeUndefined();
        await store.retract(['a1']);
        expect((await store.readGraph()).getEdgeAttribute(ANA_MEETS_LUNE, 'modality')).toBe('denied');
      });

      test('aliases are recomputed from the articles that remain', async () => {
        await store.write(ALL);
        await store.retract(['a1']);
        const graph = await store.readGraph();
        expect(graph.getNodeAttribute(USA, 'aliases')).toEqual(['US']);
        expect(graph.getNodeAttribute(FRA, 'aliases')).toEqual([]);
        expect(graph.getNodeAttribute(USA, 'articleCount')).toBe(1);
      });

      test('reports ids it does not hold as missing', async () => {
        await store.write(ALL);
        expect(await store.retract(['a2', 'nope'])).toEqual({ retracted: ['a2'], missing: ['nope'] });
        expect(await store.retract(['a2'])).toEqual({ retracted: [], missing: ['a2'] });
      });

      test('retracting every article empties the store', async () => {
        await store.write(ALL);
        expect(await store.retract(['a1', 'a2', 'a3'])).toEqual({ retracted: ['a1', 'a2', 'a3'], missing: [] });
        expect(await store.counts()).toEqual(counts({}, {}, 0, 0));
      });

      test('an article retracted and written again counts once more', async () => {
        await store.write(ALL);
        await store.retract(['a2']);
        await store.write([a2]);
        expect(await store.counts()).toEqual(ALL_COUNTS);
        expect((await store.readGraph()).getEdgeAttribute(ANA_MEETS_LUNE, 'articleCount')).toBe(2);
      });
    });

    describe('reading', () => {
      test('gives the exact sentences behind a named relationship', async () => {
        await store.write(ALL);
        expect(await store.evidence(ANA, 'HOLDS_POSITION', USA)).toEqual(ANA_PRESIDENT_EVIDENCE);
      });

      test('gives no sentences for a relationship it does not hold', async () => {
        await store.write(ALL);
        expect(await store.evidence(USA, 'HOLDS_POSITION', ANA)).toEqual([]);
        expect(await store.evidence(ANA, 'SANCTIONS', USA)).toEqual([]);
        expect(await store.evidence('country:nowhere', 'MEETS', ANA)).toEqual([]);
      });

      test('keeps a symmetric fact once and finds its sentences from either end', async () => {
        await store.write(ALL);
        const graph = await store.readGraph();
        expect(graph.outEdges(ANA, LUNE)).toEqual([ANA_MEETS_LUNE]);
        expect(graph.outEdges(LUNE, ANA)).toEqual([]);
        expect(graph.getEdgeAttributes(ANA_MEETS_LUNE)).toMatchObject({ articleCount: 2, firstSeen: '2024-03-01', lastSeen: '2024-03-04' });
        expect(await store.evidence(LUNE, 'MEETS', ANA)).toEqual(MEETING_EVIDENCE);
        expect(await store.evidence(ANA, 'MEETS', LUNE)).toEqual(MEETING_EVIDENCE);
      });

      test('reads entities and facts with the shared attribute conventions', async () => {
        await store.write(ALL);
        const graph = await store.readGraph();
        expect(graph.type).toBe('directed');
        expect(graph.multi).toBe(true);
        expect(graph.nodes().sort()).toEqual([ACCORD, DEU, FRA, USA, ELYSEE, PARIS, ANA, LUNE]);
        expect(graph.edges().sort()).toEqual([ANA_MEETS_LUNE, ANA_PRESIDENT, DEU_SIGNED, ELYSEE_IN_PARIS, FRA_SIGNED, LUNE_PRESIDENT]);
        expect(graph.getNodeAttributes(USA)).toEqual({
          id: USA, type: 'Country', label: 'United States', aliases: ['American', 'US'], articleCount: 2, lat: 39.8, lon: -98.6,
        });
        expect(graph.getNodeAttributes(ANA)).toEqual({ id: ANA, type: 'Official', label: 'Ana Sol', aliases: ['Sol'], articleCount: 2 });
        expect(graph.source(ANA_PRESIDENT)).toBe(ANA);
        expect(graph.target(ANA_PRESIDENT)).toBe(USA);
        expect(graph.getEdgeAttributes(ANA_PRESIDENT)).toEqual({
          key: ANA_PRESIDENT, type: 'HOLDS_POSITION', title: 'President', articleCount: 2, firstSeen: '2024-03-01', lastSeen: '2024-03-05',
        });
        expect(graph.getEdgeAttributes(DEU_SIGNED)).toEqual({
          key: DEU_SIGNED, type: 'SIGNED', articleCount: 1, firstSeen: '2024-03-10', lastSeen: '2024-03-10',
        });
      });

      test('reads each fact with its evidence sentences when asked', async () => {
        await store.write(ALL);
        const graph = await store.readGraph({ withEvidence: true });
        expect(graph.getEdgeAttribute(ANA_PRESIDENT, 'evidence')).toEqual(ANA_PRESIDENT_EVIDENCE);
        expect(graph.getEdgeAttribute(ANA_MEETS_LUNE, 'evidence')).toEqual(MEETING_EVIDENCE);
        expect((await store.readGraph()).getEdgeAttribute(ANA_PRESIDENT, 'evidence')).toBeUndefined();
      });

      test('an entity one article calls a Person and another an Official is an Official, in either order', async () => {
        await store.write([a2]);
        expect((await store.readGraph()).getNodeAttribute(LUNE, 'type')).toBe('Person');
        await store.write([a1]);
        expect((await store.readGraph()).getNodeAttribute(LUNE, 'type')).toBe('Official');
        await store.retract(['a1']);
        expect((await store.readGraph()).getNodeAttribute(LUNE, 'type')).toBe('Official');
      });
    });

    describe('node properties', () => {
      test('writes metrics onto the entities it holds and counts them', async () => {
        await store.write(ALL);
        const values = new Map([[USA, { pagerank: 0.25, community: 'c1' }], [PARIS, { pagerank: 0.5 }], ['country:nowhere', { pagerank: 1 }]]);
        expect(await store.writeNodeProperties(values)).toBe(2);
        const graph = await store.readGraph();
        expect(graph.getNodeAttributes(USA)).toMatchObject({ pagerank: 0.25, community: 'c1', label: 'United States' });
        expect(graph.getNodeAttribute(PARIS, 'pagerank')).toBe(0.5);
      });

      test('metrics survive ingesting the same articles again', async () => {
        await store.write(ALL);
        await store.writeNodeProperties(new Map([[USA, { degree: 3 }]]));
        await store.write(ALL);
        expect((await store.readGraph()).getNodeAttribute(USA, 'degree')).toBe(3);
      });

      test('refuses to overwrite an entity field', async () => {
        await store.write(ALL);
        await expect(store.writeNodeProperties(new Map([[USA, { name: 'Elsewhere' }]]))).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
        expect((await store.readGraph()).getNodeAttribute(USA, 'label')).toBe('United States');
      });
    });
  });
}
