// GraphML: well-formed, keys declared with attr.type, every node and edge, values and escaping exact.
import { writeGraphml } from '../../src/export/graphml.js';
import { buildFixtureGraph, HOSTILE_NAME, MULTILINE_ALIAS } from './fixture.js';
import { assertWellFormedXml, parseXml } from './xml.js';

function parsedGraphml() {
  const xml = writeGraphml(buildFixtureGraph());
  assertWellFormedXml(xml);
  const graphml = parseXml(xml, ['key', 'node', 'edge', 'data'])['graphml'];
  const keys: any[] = graphml.key;
  const keyName = (id: string) => keys.find((k) => k['@id'] === id)['@attr.name'];
  const values = (element: any): Record<string, string> =>
    Object.fromEntries((element.data ?? []).map((d: any) => [keyName(d['@key']), d['#text']]));
  const node = (id: string) => values(graphml.graph.node.find((n: any) => n['@id'] === id));
  const edgeElement = (id: string) => graphml.graph.edge.find((e: any) => e['@id'] === id);
  return { graphml, keys, node, edge: (id: string) => values(edgeElement(id)), edgeElement };
}

describe('writeGraphml', () => {
  test('writes a well-formed GraphML document in the GraphML namespace, directed by default', () => {
    const { graphml } = parsedGraphml();
    expect(graphml['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graphml.graph['@edgedefault']).toBe('directed');
  });

  test('declares every key with its attr.type', () => {
    const { keys } = parsedGraphml();
    const declared = (kind: string) => keys.filter((k) => k['@for'] === kind).map((k) => [k['@attr.name'], k['@attr.type']]);
    expect(declared('node')).toEqual([
      ['label', 'string'], ['type', 'string'], ['aliases', 'string'], ['lat', 'double'], ['lon', 'double'],
      ['articleCount', 'int'], ['community', 'int'], ['pagerank', 'double'],
    ]);
    expect(declared('edge')).toEqual([
      ['label', 'string'], ['type', 'string'], ['title', 'string'], ['quantity', 'int'], ['modality', 'string'],
      ['articleCount', 'int'], ['firstSeen', 'string'], ['lastSeen', 'string'],
    ]);
  });

  test('writes every entity and fact', () => {
    const { graphml } = parsedGraphml();
    expect(graphml.graph.node).toHaveLength(9);
    expect(graphml.graph.edge).toHaveLength(8);
  });

  test('writes node name, type, aliases, coordinates and metrics', () => {
    const { node } = parsedGraphml();
    expect(node('location:donbas')).toEqual({
      label: 'Donbas', type: 'Location', lat: '48.02', lon: '37.8', articleCount: '2', community: '2', pagerank: '0.05',
    });
    expect(node('org:ministry-of-defence')['label']).toBe(HOSTILE_NAME);
    expect(node('org:obrien-media')['aliases']).toBe(MULTILINE_ALIAS);
  });

  test('writes edge relation type as label, with title, quantity and dates', () => {
    const { edge, edgeElement } = parsedGraphml();
    expect(edge('f-holds')).toEqual({
      label: 'HOLDS_POSITION', type: 'HOLDS_POSITION', title: 'President', articleCount: '3', firstSeen: '2024-01-05', lastSeen: '2024-03-01',
    });
    expect(edge('f-deployed')['quantity']).toBe('10000');
    expect([edgeElement('f-deployed')['@source'], edgeElement('f-deployed')['@target']]).toEqual(['country:RUS', 'location:donbas']);
  });

  test('marks a symmetric relation undirected', () => {
    const { edgeElement } = parsedGraphml();
    expect(edgeElement('f-meets')['@directed']).toBe('false');
    expect(edgeElement('f-holds')['@directed']).toBeUndefined();
  });
});
