// graphology JSON: the serialised graph re-imports with every attribute, evidence included.
import { MultiDirectedGraph } from 'graphology';
import { writeGraphologyJson } from '../../src/export/graphology-json.js';
import { buildFixtureGraph, HOSTILE_NAME } from './fixture.js';

describe('writeGraphologyJson', () => {
  test('re-imports with Graph.from into the same nodes, edges and attributes', () => {
    const graph = buildFixtureGraph();
    graph.setEdgeAttribute('f-holds', 'evidence', [
      { article: 'a1', start: 0, end: 31, sentence: 'Putin, the "President", said\nso.', date: '2024-01-05' },
    ]);
    const copy = MultiDirectedGraph.from(JSON.parse(writeGraphologyJson(graph)));
    expect([copy.order, copy.size, copy.type, copy.multi]).toEqual([9, 8, 'directed', true]);
    graph.forEachNode((key, attributes) => expect(copy.getNodeAttributes(key)).toEqual(attributes));
    graph.forEachEdge((key, attributes, source, target) => {
      expect([copy.source(key), copy.target(key)]).toEqual([source, target]);
      expect(copy.getEdgeAttributes(key)).toEqual(attributes);
    });
    expect(copy.getNodeAttribute('org:ministry-of-defence', 'label')).toBe(HOSTILE_NAME);
  });

  test('indents only when asked', () => {
    const graph = buildFixtureGraph();
    expect(writeGraphologyJson(graph).trimEnd()).not.toContain('\n');
    expect(writeGraphologyJson(graph, { pretty: true })).toContain('\n  "options"');
  });
});
