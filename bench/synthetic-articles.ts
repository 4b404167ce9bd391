// Synthetic article-shaped fragments for the write-rate bench: 12 entities, 8 facts and a statement per article,
// drawn from shared pools with a skew (a few countries are in most stories), so that facts gather support.
import type { EntityType, FragmentFact, FragmentNode, GraphFragment, RelationType } from '../src/schema/index.js';

export const ENTITIES_PER_ARTICLE = 12;
export const FACTS_PER_ARTICLE = 8;
/** Distinct entities, drawn as pool x u^3 (u uniform): a few are in most articles, most in few. */
export const ENTITY_POOL = 5_000;
const ENTITY_SKEW = 3;
/** A fact joins one of an article's 3 most popular entities to one of its 8 most popular: over 100k articles about
 *  330k distinct facts of 800k, the most supported by about 2,000 articles each. */
const FACT_SOURCES = 3;
const FACT_TARGETS = 8;

const TYPES: readonly EntityType[] = ['Country', 'Official', 'Agency', 'Organization', 'Person', 'Location', 'Agreement'];
const RELATIONS: readonly RelationType[] = ['MEETS', 'SUPPORTS', 'ACCUSES', 'SANCTIONS', 'MEMBER_OF', 'DEPLOYED_TO', 'HOLDS_POSITION', 'SIGNED'];
const FILLER =
  'Officials did not give further details, and the statement could not be independently verified by reporters on the ground. ' +
  'Analysts said the move reflected months of talks between the two governments, which had been stalled since the spring. ';

/** A deterministic generator (LCG): the same article for the same index, on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Article `index`: ~1.5 KB of text, 12 entities, 8 facts each with its evidence sentence, one statement about two entities. */
export function syntheticArticle(index: number): GraphFragment {
  const next = random(index * 2_654_435_761 + 17);
  const picked = new Set<number>();
  while (picked.size < ENTITIES_PER_ARTICLE) picked.add(Math.floor(next() ** ENTITY_SKEW * ENTITY_POOL));
  // the most popular entities first: facts are drawn mostly among them, so the same facts recur across articles
  const nodes: FragmentNode[] = [...picked].sort((a, b) => a - b).map((n) => ({
    id: `bench:${n}`,
    type: TYPES[n % TYPES.length] as EntityType,
    name: `Entity ${n}`,
    aliases: n % 3 === 0 ? [`E-${n}`] : [],
    mentions: 1 + (n % 4),
    ...(n % TYPES.length === 0 ? { lat: (n % 170) - 85, lon: (n % 350) - 175 } : {}),
  }));
  const day = 1 + (index % 28);
  const published = `2024-${String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let text = '';
  const facts: FragmentFact[] = [];
  const keys = new Set<string>();
  while (facts.length < FACTS_PER_ARTICLE) {
    const a = nodes[Math.floor(next() * FACT_SOURCES)] as FragmentNode;
    const b = nodes[Math.floor(next() * FACT_TARGETS)] as FragmentNode;
    const type = RELATIONS[Math.floor(next() * 3)] as RelationType;
    if (a.id === b.id) continue;
    // one direction per pair and type, as the fragment builder orders symmetric facts
    const [source, target] = a.id > b.id ? [b, a] : [a, b];
    const key = `${type}|${source.id}|${target.id}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const sentence = `${source.name} and ${target.name} were named in a ${type.toLowerCase()} report, item ${index}. `;
    facts.push({ key, type, source: source.id, target: target.id, evidence: [{ start: text.length, end: text.length + sentence.length - 1, date: published }], date: published });
    text += sentence;
  }
  text += FILLER.repeat(3);
  const quote = `"We will respond in kind," a spokesperson said of story ${index}.`;
  const start = text.length;
  text += quote;
  const speaker = nodes[0] as FragmentNode;
  return {
    article: { id: `bench-article-${index}`, text, title: `Story ${index}`, source: 'Bench Wire', published, contentHash: `bench-${index}` },
    nodes,
    facts,
    statements: [{ id: `bench-statement-${index}`, speaker: speaker.id, quote, start, end: start + quote.length, about: [(nodes[1] as FragmentNode).id, (nodes[2] as FragmentNode).id], date: published }],
  };
}

/**
 * Nodes and relationships one article's write merges (creates or updates): the article, its entities, their
 * MENTIONS, one evidence record and one fact relationship per fact, and per statement its node, SAID, FROM, ABOUTs.
 */
export function writtenPerArticle(fragment: GraphFragment): number {
  const statements = fragment.statements.reduce((sum, s) => sum + 3 + s.about.length, 0);
  return 1 + 2 * fragment.nodes.length + 2 * fragment.facts.length + statements;
}
