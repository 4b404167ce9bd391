// Attribute columns: the entity's and fact's own fields first, then metrics by name, each with the type its values need.
import { MultiDirectedGraph } from 'graphology';
import { edgeColumns, nodeColumns } from '../../src/export/columns.js';
import type { EntityNodeAttributes, FactEdgeAttributes, KnowledgeGraph } from '../../src/stores/store.js';
import { buildFixtureGraph } from './fixture.js';

function graphWithMetric(values: unknown[]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>();
  values.forEach((metric, i) => graph.addNode(`n${i}`, { id: `n${i}`, type: 'Country', label: `N${i}`, aliases: [], articleCount: 1, metric }));
  return graph;
}

describe('nodeColumns', () => {
  test('lists type, aliases, coordinates and articleCount, then metrics sorted by name', () => {
    expect(nodeColumns(buildFixtureGraph())).toEqual([
      { name: 'type', type: 'string' }, { name: 'aliases', type: 'strings' }, { name: 'lat', type: 'double' },
      { name: 'lon', type: 'double' }, { name: 'articleCount', type: 'integer' },
      { name: 'community', type: 'integer' }, { name: 'pagerank', type: 'double' },
    ]);
  });

  test.each([
    [[1, 2, 3], 'integer'],
    [[1, 2.5], 'double'],
    [[1, 2 ** 40], 'long'],
    [[true, false], 'boolean'],
    [['a', 1], 'string'],
    [[['x'], ['y', 'z']], 'strings'],
    [[undefined, null, 4], 'integer'],
  ])('infers a metric column with values %j as %s', (values, type) => {
    expect(nodeColumns(graphWithMetric(values)).find((c) => c.name === 'metric')?.type).toBe(type);
  });
});

describe('edgeColumns', () => {
  test('lists the fact fields, leaving out the key and the evidence', () => {
    const graph = buildFixtureGraph();
    graph.setEdgeAttribute('f-holds', 'evidence', [{ article: 'a', start: 0, end: 1, sentence: 'x' }]);
    expect(edgeColumns(graph).map((c) => `${c.name}:${c.type}`)).toEqual([
      'type:string', 'title:string', 'quantity:integer', 'modality:string', 'articleCount:integer', 'firstSeen:string', 'lastSeen:string',
    ]);
  });
});
