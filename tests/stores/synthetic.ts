// Synthetic article-shaped fragments for throughput runs: N entities and M facts each, drawn from shared pools so
// that facts gather support across articles as real news does. Deterministic for a seed.
import type { EntityType, FragmentFact, FragmentNode, GraphFragment, RelationType } from '../../src/schema/index.js';

export interface SyntheticOptions {
  readonly entitiesPerArticle?: number;
  readonly factsPerArticle?: number;
  /** Distinct entities to draw from. */
  readonly entityPool?: number;
  readonly seed?: number;
  readonly idPrefix?: string;
}

const TYPES: readonly EntityType[] = ['Country', 'Official', 'Person', 'Agency', 'Organization', 'Agreement', 'Location'];
const RELATIONS: readonly RelationType[] = ['HOLDS_POSITION', 'MEETS', 'SUPPORTS', 'ACCUSES', 'SANCTIONS', 'MEMBER_OF', 'DEPLOYED_TO', 'SIGNED'];

/** A small linear congruential generator: the same fragments for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticFragment(index: number, options: SyntheticOptions = {}): GraphFragment {
  const entitiesPerArticle = options.entitiesPerArticle ?? 12;
  const factsPerArticle = options.factsPerArticle ?? 8;
  const pool = options.entityPool ?? 2000;
  const prefix = options.idPrefix ?? 'syn';
  const next = random((options.seed ?? 1) * 1_000_003 + index);
  const picked = new Set<number>();
  while (picked.size < Math.min(entitiesPerArticle, pool)) picked.add(Math.floor(skewed(next()) * pool));
  const nodes: FragmentNode[] = [...picked].map((n) => ({
    id: `${prefix}-entity:${n}`,
    type: TYPES[n % TYPES.length] ?? 'Country',
    name: `Entity ${n}`,
    aliases: n % 3 === 0 ? [`E${n}`] : [],
    mentions: 1 + (n % 4),
    ...(n % TYPES.length === 0 ? { lat: (n % 180) - 90, lon: (n % 360) - 180 } : {}),
  }));
  const published = `2024-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  const sentences: string[] = [];
  const facts: FragmentFact[] = [];
  let offset = 0;
  const keys = new Set<string>();
  for (let i = 0; facts.length < factsPerArticle && i < factsPerArticle * 4; i += 1) {
    const a = nodes[Math.floor(next() * nodes.length)];
    const b = nodes[Math.floor(next() * nodes.length)];
    const type = RELATIONS[Math.floor(next() * RELATIONS.length)] ?? 'MEETS';
    if (a === undefined || b === undefined || a.id === b.id) continue;
    const [source, target] = type === 'MEETS' && a.id > b.id ? [b, a] : [a, b];
    const key = `${type}|${source.id}|${target.id}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const sentence = `${source.name} and ${target.name} were reported in a ${type.toLowerCase().replace(/_/g, ' ')} story number ${index}.`;
    sentences.push(sentence);
    facts.push({ key, type, source: source.id, target: target.id, evidence: [{ start: offset, end: offset + sentence.length }], date: published });
    offset += sentence.length + 1;
  }
  const speaker = nodes[0];
  const quote = `We will respond, said a spokesperson in story ${index}.`;
  sentences.push(quote);
  const text = sentences.join(' ');
  return {
    article: { id: `${prefix}-article-${index}`, text, title: `Story ${index}`, source: 'Synthetic Wire', published, contentHash: `${prefix}-hash-${index}` },
    nodes,
    facts,
    statements: speaker === undefined ? [] : [{ id: `${prefix}-statement-${index}`, speaker: speaker.id, quote, start: offset, end: offset + quote.length, about: [], date: published }],
  };
}

/** Popular entities are drawn more often (a few countries are in most stories). */
function skewed(x: number): number {
  return x * x;
}

export function syntheticFragments(count: number, options: SyntheticOptions = {}): GraphFragment[] {
  return Array.from({ length: count }, (_, index) => syntheticFragment(index, options));
}
