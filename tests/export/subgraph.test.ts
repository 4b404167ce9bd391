// limitGraph: ego networks by id, name or alias; entity types; date ranges on facts; unknown names fail with suggestions.
import { isKgError, type KgError } from '../../src/errors.js';
import { limitGraph, type GraphLimits } from '../../src/export/subgraph.js';
import { buildFixtureGraph } from './fixture.js';

function limited(limits: GraphLimits): { nodes: string[]; edges: string[] } {
  const graph = limitGraph(buildFixtureGraph(), limits);
  return { nodes: graph.nodes().sort(), edges: graph.edges().sort() };
}

function thrown(run: () => unknown): KgError {
  try {
    run();
  } catch (error) {
    if (isKgError(error)) return error;
    throw error;
  }
  throw new Error('expected a KgError');
}

const PUTIN = 'person:vladimir-putin';

describe('limitGraph', () => {
  test('returns the graph itself when nothing limits it', () => {
    const graph = buildFixtureGraph();
    expect(limitGraph(graph, {})).toBe(graph);
  });

  test.each([
    ['an entity id', PUTIN],
    ['an alias in another case', 'putin'],
    ['the name in upper case with extra spaces', '  VLADIMIR   PUTIN '],
  ])('finds the ego by %s', (_how, node) => {
    expect(limited({ ego: { node, depth: 0 } })).toEqual({ nodes: [PUTIN], edges: [] });
  });

  test('keeps the entities one fact away from the ego at depth 1, either direction', () => {
    expect(limited({ ego: { node: PUTIN, depth: 1 } })).toEqual({
      nodes: ['agreement:minsk-ii', 'country:RUS', PUTIN, 'person:volodymyr-zelenskyy'],
      edges: ['f-holds', 'f-meets', 'f-signed'],
    });
  });

  test('keeps the entities two facts away at depth 2, with every fact among them', () => {
    expect(limited({ ego: { node: 'Putin', depth: 2 } })).toEqual({
      nodes: ['agreement:minsk-ii', 'country:RUS', 'country:UKR', 'location:donbas', 'org:ministry-of-defence', PUTIN, 'person:volodymyr-zelenskyy'],
      edges: ['f-accuses', 'f-deployed', 'f-holds', 'f-located', 'f-meets', 'f-part', 'f-signed'],
    });
  });

  test('keeps only the entity types asked for (any case) and the facts between them', () => {
    expect(limited({ types: ['Country', 'location'] })).toEqual({
      nodes: ['country:RUS', 'country:UKR', 'location:donbas'],
      edges: ['f-accuses', 'f-deployed', 'f-located'],
    });
  });

  test('walks the ego network over the kept types, keeping the ego whatever its type', () => {
    expect(limited({ ego: { node: PUTIN, depth: 2 }, types: ['Country'] })).toEqual({
      nodes: ['country:RUS', 'country:UKR', PUTIN],
      edges: ['f-accuses', 'f-holds'],
    });
  });

  test('keeps facts seen since a date and drops entities the range leaves without facts', () => {
    expect(limited({ since: '2024-01-01' })).toEqual({
      nodes: ['country:RUS', 'country:UKR', 'location:donbas', 'person:jane-doe', PUTIN],
      edges: ['f-accuses', 'f-deployed', 'f-holds', 'f-located'],
    });
  });

  test('counts a month given as until as the whole month', () => {
    expect(limited({ until: '2023-06' })).toEqual({
      nodes: ['agreement:minsk-ii', 'country:RUS', 'org:ministry-of-defence', 'person:jane-doe', PUTIN, 'person:volodymyr-zelenskyy'],
      edges: ['f-meets', 'f-part', 'f-signed'],
    });
  });

  test('keeps facts whose [firstSeen, lastSeen] overlaps the range', () => {
    expect(limited({ since: '2024-02-15', until: '2024-03-01' })).toEqual({
      nodes: ['country:RUS', 'location:donbas', 'person:jane-doe', PUTIN],
      edges: ['f-deployed', 'f-holds'],
    });
  });

  test('keeps the ego even when the date range leaves it without facts', () => {
    expect(limited({ ego: { node: 'Zelensky', depth: 1 }, since: '2024-01-01' })).toEqual({
      nodes: ['person:volodymyr-zelenskyy'],
      edges: [],
    });
  });

  test('leaves the input graph untouched', () => {
    const graph = buildFixtureGraph();
    limitGraph(graph, { ego: { node: PUTIN, depth: 1 }, types: ['Country'], since: '2024-01-01' });
    expect([graph.order, graph.size]).toEqual([9, 8]);
  });

  test('fails with ENTITY_NOT_FOUND and suggests close names for an unknown name', () => {
    const error = thrown(() => limitGraph(buildFixtureGraph(), { ego: { node: 'Vladimir Putni', depth: 1 } }));
    expect(error.code).toBe('ENTITY_NOT_FOUND');
    expect(error.message).toContain('"Vladimir Putin" (person:vladimir-putin)');
  });

  test('fails with ENTITY_NOT_FOUND when no name is close', () => {
    expect(thrown(() => limitGraph(buildFixtureGraph(), { ego: { node: 'Xqzzyx Wvvb', depth: 1 } })).code).toBe('ENTITY_NOT_FOUND');
  });

  test.each([
    [{ types: ['Planet'] }],
    [{ since: '01/02/2024' }],
    [{ until: '2024-1-5' }],
  ] as const)('fails with CONFIG_INVALID for %j', (limits) => {
    expect(thrown(() => limitGraph(buildFixtureGraph(), limits)).code).toBe('CONFIG_INVALID');
  });
});
