// Cytoscape JSON: the document matches the shape Cytoscape.js and Cytoscape desktop read, with every attribute.
import { z } from 'zod';
import { writeCytoscapeJson } from '../../src/export/cytoscape.js';
import { EntityType, RelationType } from '../../src/schema/index.js';
import { buildFixtureGraph, HOSTILE_NAME } from './fixture.js';

const CytoscapeNode = z.object({
  data: z.strictObject({
    id: z.string(), label: z.string(), name: z.string(), type: EntityType, aliases: z.array(z.string()).optional(),
    articleCount: z.number().int(), lat: z.number().optional(), lon: z.number().optional(),
    pagerank: z.number(), community: z.number().int(),
  }),
  position: z.strictObject({ x: z.number(), y: z.number() }).optional(),
});
const CytoscapeEdge = z.object({
  data: z.strictObject({
    id: z.string(), source: z.string(), target: z.string(), label: RelationType, interaction: RelationType, type: RelationType,
    symmetric: z.boolean(), title: z.string().optional(), quantity: z.number().optional(),
    modality: z.enum(['asserted', 'denied', 'hypothetical']).optional(), articleCount: z.number().int(),
    firstSeen: z.string().optional(), lastSeen: z.string().optional(),
  }),
});
const CytoscapeDocument = z.object({
  format_version: z.string(),
  data: z.object({ name: z.string() }),
  elements: z.object({ nodes: z.array(CytoscapeNode), edges: z.array(CytoscapeEdge) }),
});

function parsed(options: Parameters<typeof writeCytoscapeJson>[1] = {}) {
  return CytoscapeDocument.parse(JSON.parse(writeCytoscapeJson(buildFixtureGraph(), options)));
}

describe('writeCytoscapeJson', () => {
  test('writes elements.nodes and elements.edges as {data} objects of the expected shape', () => {
    const { elements } = parsed();
    expect([elements.nodes.length, elements.edges.length]).toEqual([9, 8]);
  });

  test('gives nodes and edges distinct ids and edges endpoints that are nodes', () => {
    const { elements } = parsed();
    const nodeIds = new Set(elements.nodes.map((n) => n.data.id));
    const ids = [...nodeIds, ...elements.edges.map((e) => e.data.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const edge of elements.edges) expect([nodeIds.has(edge.data.source), nodeIds.has(edge.data.target)]).toEqual([true, true]);
  });

  test('writes a node with its name, type, aliases, coordinates and metrics', () => {
    const node = parsed().elements.nodes.find((n) => n.data.id === 'country:UKR');
    expect(node).toEqual({
      data: { id: 'country:UKR', label: 'Ukraine', name: 'Ukraine', type: 'Country', aliases: ['Kyiv'], lat: 49, lon: 32, articleCount: 4, pagerank: 0.25, community: 2 },
    });
    expect(parsed().elements.nodes.find((n) => n.data.id === 'org:ministry-of-defence')?.data.name).toBe(HOSTILE_NAME);
  });

  test('writes an edge with its relation type as label and interaction, and its properties', () => {
    const { edges } = parsed().elements;
    expect(edges.find((e) => e.data.id === 'f-deployed')?.data).toEqual({
      id: 'f-deployed', source: 'country:RUS', target: 'location:donbas', label: 'DEPLOYED_TO', interaction: 'DEPLOYED_TO',
      type: 'DEPLOYED_TO', symmetric: false, quantity: 10000, articleCount: 2, firstSeen: '2024-02-01', lastSeen: '2024-04-01',
    });
    expect(edges.find((e) => e.data.id === 'f-meets')?.data.symmetric).toBe(true);
    expect(edges.find((e) => e.data.id === 'f-holds')?.data.title).toBe('President');
  });

  test('writes positions from coordinates, north up, only when asked', () => {
    expect(parsed().elements.nodes.every((n) => n.position === undefined)).toBe(true);
    const nodes = parsed({ geoPositions: true }).elements.nodes;
    expect(nodes.find((n) => n.data.id === 'country:RUS')?.position).toEqual({ x: 100, y: -60 });
    expect(nodes.filter((n) => n.position !== undefined)).toHaveLength(3);
  });
});
