// GEXF 1.3: well-formed, typed declarations, every node and edge, attribute values and escaping exact.
import { writeGexf } from '../../src/export/gexf.js';
import { buildFixtureGraph, HOSTILE_NAME, MULTILINE_ALIAS } from './fixture.js';
import { assertWellFormedXml, parseXml } from './xml.js';

const LISTS = ['attributes', 'attribute', 'node', 'edge', 'attvalue'];

function parsedGexf(options: Parameters<typeof writeGexf>[1] = {}) {
  const xml = writeGexf(buildFixtureGraph(), options);
  assertWellFormedXml(xml);
  const gexf = parseXml(xml, LISTS)['gexf'];
  const graph = gexf.graph;
  const node = (id: string) => graph.nodes.node.find((n: any) => n['@id'] === id);
  const edge = (id: string) => graph.edges.edge.find((e: any) => e['@id'] === id);
  const values = (element: any): Record<string, string> =>
    Object.fromEntries((element.attvalues?.attvalue ?? []).map((v: any) => [v['@for'], v['@value']]));
  return { xml, gexf, graph, node, edge, values };
}

describe('writeGexf', () => {
  test('writes a well-formed GEXF 1.3 document with the 1.3 namespace', () => {
    const { gexf, graph } = parsedGexf();
    expect(gexf['@version']).toBe('1.3');
    expect(gexf['@xmlns']).toBe('http://gexf.net/1.3');
    expect(graph['@defaultedgetype']).toBe('directed');
  });

  test('declares node and edge attributes with their GEXF types', () => {
    const { graph } = parsedGexf();
    const declared = (kind: string) =>
      graph.attributes.find((a: any) => a['@class'] === kind).attribute.map((a: any) => [a['@id'], a['@type']]);
    expect(declared('node')).toEqual([
      ['type', 'string'], ['aliases', 'string'], ['lat', 'double'], ['lon', 'double'],
      ['articleCount', 'integer'], ['community', 'integer'], ['pagerank', 'double'],
    ]);
    expect(declared('edge')).toEqual([
      ['type', 'string'], ['title', 'string'], ['quantity', 'integer'], ['modality', 'string'],
      ['articleCount', 'integer'], ['firstSeen', 'string'], ['lastSeen', 'string'],
    ]);
  });

  test('writes every entity and fact', () => {
    const { graph } = parsedGexf();
    expect(graph.nodes.node).toHaveLength(9);
    expect(graph.edges.edge).toHaveLength(8);
  });

  test('keeps names with markup characters, non-ASCII and line breaks exactly', () => {
    const { node, values } = parsedGexf();
    const agency = node('org:ministry-of-defence');
    expect(agency['@label']).toBe(HOSTILE_NAME);
    expect(values(agency)['aliases']).toBe('MoD|Ministère de la Défense');
    expect(values(node('org:obrien-media'))['aliases']).toBe(MULTILINE_ALIAS);
    expect(node('org:obrien-media')['@label']).toBe(`O'Brien & Sons "Media"`);
  });

  test('writes the entity type, coordinates and metrics of a node', () => {
    const { node, values } = parsedGexf();
    const russia = node('country:RUS');
    expect(russia['@label']).toBe('Russia');
    expect(values(russia)).toEqual({
      type: 'Country', aliases: 'Moscow|Russian Federation', lat: '60', lon: '100', articleCount: '5', community: '1', pagerank: '0.31',
    });
  });

  test('labels an edge with its relation type, as label and kind, weighted by its articles', () => {
    const { edge, values } = parsedGexf();
    const holds = edge('f-holds');
    expect([holds['@source'], holds['@target'], holds['@label'], holds['@kind'], holds['@weight']])
      .toEqual(['person:vladimir-putin', 'country:RUS', 'HOLDS_POSITION', 'HOLDS_POSITION', '3']);
    expect(values(holds)).toEqual({ type: 'HOLDS_POSITION', title: 'President', articleCount: '3', firstSeen: '2024-01-05', lastSeen: '2024-03-01' });
    expect(values(edge('f-deployed'))['quantity']).toBe('10000');
    expect(values(edge('f-supports'))).toEqual({ type: 'SUPPORTS', modality: 'hypothetical', articleCount: '1' });
  });

  test('writes a symmetric relation as an undirected edge and others directed', () => {
    const { edge } = parsedGexf();
    expect(edge('f-meets')['@type']).toBe('undirected');
    expect(edge('f-accuses')['@type']).toBeUndefined();
  });

  test('writes viz:position from coordinates only when asked', () => {
    expect(parsedGexf().node('country:RUS')['viz:position']).toBeUndefined();
    const { node } = parsedGexf({ geoPositions: true });
    expect(node('country:RUS')['viz:position']).toEqual({ '@x': '100', '@y': '60', '@z': '0.0' });
    expect(node('person:vladimir-putin')['viz:position']).toBeUndefined();
  });
});
