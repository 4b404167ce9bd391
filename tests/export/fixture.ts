// A small hand-built KnowledgeGraph for the exporter tests: every entity type, hostile names, dated and undated facts.
import { MultiDirectedGraph } from 'graphology';
import type { EntityNodeAttributes, FactEdgeAttributes, KnowledgeGraph } from '../../src/stores/store.js';

/** Every character XML, CSV and Cypher treat specially, plus non-ASCII beyond the BMP. */
export const HOSTILE_NAME = `Ministry of "Defence" & <Security> 'Ops', Kyïv \\ 📰`;
export const MULTILINE_ALIAS = 'Line one\nline two';

export function fixtureEntities(): EntityNodeAttributes[] {
  return [
    { id: 'country:RUS', type: 'Country', label: 'Russia', aliases: ['Moscow', 'Russian Federation'], articleCount: 5, lat: 60, lon: 100, pagerank: 0.31, community: 1 },
    { id: 'country:UKR', type: 'Country', label: 'Ukraine', aliases: ['Kyiv'], articleCount: 4, lat: 49, lon: 32, pagerank: 0.25, community: 2 },
    { id: 'person:vladimir-putin', type: 'Official', label: 'Vladimir Putin', aliases: ['Putin'], articleCount: 3, pagerank: 0.12, community: 1 },
    { id: 'person:volodymyr-zelenskyy', type: 'Official', label: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy', 'Zelensky'], articleCount: 2, pagerank: 0.1, community: 2 },
    { id: 'org:ministry-of-defence', type: 'Agency', label: HOSTILE_NAME, aliases: ['MoD', 'Ministère de la Défense'], articleCount: 1, pagerank: 0.05, community: 1 },
    { id: 'org:obrien-media', type: 'Organization', label: `O'Brien & Sons "Media"`, aliases: [MULTILINE_ALIAS], articleCount: 1, pagerank: 0.04, community: 2 },
    { id: 'agreement:minsk-ii', type: 'Agreement', label: 'Minsk II', aliases: ['C:\\treaties\\minsk'], articleCount: 2, pagerank: 0.08, community: 1 },
    { id: 'location:donbas', type: 'Location', label: 'Donbas', aliases: [], articleCount: 2, lat: 48.02, lon: 37.8, pagerank: 0.05, community: 2 },
    { id: 'person:jane-doe', type: 'Person', label: 'Jane Doe', aliases: [], articleCount: 1, pagerank: 0, community: 3 },
  ];
}

export function fixtureFacts(): { source: string; target: string; attributes: FactEdgeAttributes }[] {
  return [
    { source: 'person:vladimir-putin', target: 'country:RUS', attributes: { key: 'f-holds', type: 'HOLDS_POSITION', title: 'President', articleCount: 3, firstSeen: '2024-01-05', lastSeen: '2024-03-01' } },
    { source: 'org:ministry-of-defence', target: 'country:RUS', attributes: { key: 'f-part', type: 'PART_OF', articleCount: 1, firstSeen: '2023-06-01', lastSeen: '2023-06-30' } },
    { source: 'location:donbas', target: 'country:UKR', attributes: { key: 'f-located', type: 'LOCATED_IN', articleCount: 2, firstSeen: '2024-02-10', lastSeen: '2024-02-10' } },
    { source: 'person:vladimir-putin', target: 'agreement:minsk-ii', attributes: { key: 'f-signed', type: 'SIGNED', articleCount: 2, firstSeen: '2015-02-12', lastSeen: '2015-02-12' } },
    { source: 'country:RUS', target: 'location:donbas', attributes: { key: 'f-deployed', type: 'DEPLOYED_TO', quantity: 10000, articleCount: 2, firstSeen: '2024-02-01', lastSeen: '2024-04-01' } },
    { source: 'person:vladimir-putin', target: 'person:volodymyr-zelenskyy', attributes: { key: 'f-meets', type: 'MEETS', articleCount: 1, firstSeen: '2022-03-01', lastSeen: '2022-03-01' } },
    { source: 'country:UKR', target: 'country:RUS', attributes: { key: 'f-accuses', type: 'ACCUSES', modality: 'asserted', articleCount: 4, firstSeen: '2024-03-15', lastSeen: '2024-05-01' } },
    { source: 'org:obrien-media', target: 'country:UKR', attributes: { key: 'f-supports', type: 'SUPPORTS', modality: 'hypothetical', articleCount: 1 } },
  ];
}

export function buildFixtureGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>();
  for (const entity of fixtureEntities()) graph.addNode(entity.id, entity);
  for (const fact of fixtureFacts()) graph.addEdgeWithKey(fact.attributes.key, fact.source, fact.target, fact.attributes);
  return graph;
}
