// Three small hand-made articles for the store conformance suite; the tests' expected values are worked out from these.
import type { FragmentEvidence, FragmentNode, GraphFragment } from '../../src/schema/index.js';

export const ANA = 'person:ana-sol';
export const LUNE = 'person:marc-lune';
export const USA = 'country:USA';
export const FRA = 'country:FRA';
export const DEU = 'country:DEU';
export const PARIS = 'location:paris';
export const ELYSEE = 'location:elysee';
export const ACCORD = 'agreement:harbor-accord';

/** Fact keys (the fragment builder's hashes, spelled out here for legibility). */
export const ANA_PRESIDENT = 'fact:ana-president-usa';
export const LUNE_PRESIDENT = 'fact:lune-president-fra';
export const ANA_MEETS_LUNE = 'fact:ana-meets-lune';
export const ELYSEE_IN_PARIS = 'fact:elysee-in-paris';
export const DEU_SIGNED = 'fact:deu-signed-accord';
export const FRA_SIGNED = 'fact:fra-signed-accord';

export const A1_SENTENCES = [
  'American President Ana Sol arrived in Paris on Monday.',
  'Sol met French President Marc Lune at the Elysee, a palace in Paris.',
  '"We stand together with France," Sol said.',
] as const;
export const A2_SENTENCES = [
  'On March 4, Marc Lune hosted Ana Sol in Paris.',
  'Ana Sol, the US president, flew home a day later.',
] as const;

/** The span of `sentence` in `text` (fixtures only: tests assert offsets worked out by hand). */
function span(text: string, sentence: string, date?: string): FragmentEvidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
  return { start, end: start + sentence.length, ...(date === undefined ? {} : { date }) };
}

function node(id: string, type: FragmentNode['type'], name: string, mentions: number, aliases: string[] = [], where?: { lat: number; lon: number }): FragmentNode {
  return { id, type, name, aliases, mentions, ...where };
}

const A1_TEXT = A1_SENTENCES.join(' ');
const A2_TEXT = A2_SENTENCES.join(' ');

export const a1: GraphFragment = {
  article: { id: 'a1', text: A1_TEXT, title: 'Sol in Paris', source: 'Test Wire', published: '2024-03-01', contentHash: 'hash-a1' },
  nodes: [
    node(ANA, 'Official', 'Ana Sol', 3, ['Sol']),
    node(USA, 'Country', 'United States', 1, ['American'], { lat: 39.8, lon: -98.6 }),
    node(FRA, 'Country', 'France', 2, ['French'], { lat: 46.2, lon: 2.2 }),
    node(LUNE, 'Official', 'Marc Lune', 1),
    node(PARIS, 'Location', 'Paris', 2),
    node(ELYSEE, 'Location', 'Elysee', 1),
  ],
  facts: [
    { key: ANA_PRESIDENT, type: 'HOLDS_POSITION', source: ANA, target: USA, title: 'President', evidence: [span(A1_TEXT, A1_SENTENCES[0])], date: '2024-03-01' },
    { key: ANA_MEETS_LUNE, type: 'MEETS', source: ANA, target: LUNE, evidence: [span(A1_TEXT, A1_SENTENCES[1])], date: '2024-03-01' },
    { key: LUNE_PRESIDENT, type: 'HOLDS_POSITION', source: LUNE, target: FRA, title: 'President', evidence: [span(A1_TEXT, A1_SENTENCES[1])], date: '2024-03-01' },
    { key: ELYSEE_IN_PARIS, type: 'LOCATED_IN', source: ELYSEE, target: PARIS, evidence: [span(A1_TEXT, A1_SENTENCES[1])], date: '2024-03-01' },
  ],
  statements: [
    { id: 'statement:a1-125-155', speaker: ANA, quote: 'We stand together with France,', start: 125, end: 155, about: [FRA], date: '2024-03-01' },
  ],
};

/** Says the same meeting (its ends in the same order: MEETS is symmetric) and the same office; calls Lune a Person. */
export const a2: GraphFragment = {
  article: { id: 'a2', text: A2_TEXT, title: 'Lune hosts Sol', published: '2024-03-05', contentHash: 'hash-a2' },
  nodes: [
    node(LUNE, 'Person', 'Marc Lune', 1),
    node(ANA, 'Official', 'Ana Sol', 2),
    node(USA, 'Country', 'United States', 1, ['US'], { lat: 39.8, lon: -98.6 }),
    node(PARIS, 'Location', 'Paris', 1),
  ],
  facts: [
    { key: ANA_MEETS_LUNE, type: 'MEETS', source: ANA, target: LUNE, evidence: [span(A2_TEXT, A2_SENTENCES[0], '2024-03-04')], date: '2024-03-04' },
    { key: ANA_PRESIDENT, type: 'HOLDS_POSITION', source: ANA, target: USA, title: 'President', evidence: [span(A2_TEXT, A2_SENTENCES[1])], date: '2024-03-05' },
  ],
  statements: [],
};

const A3_TEXT = 'Germany and France signed the Harbor Accord on Sunday.';
export const a3: GraphFragment = {
  article: { id: 'a3', text: A3_TEXT, published: '2024-03-10', contentHash: 'hash-a3' },
  nodes: [node(DEU, 'Country', 'Germany', 1), node(FRA, 'Country', 'France', 1), node(ACCORD, 'Agreement', 'Harbor Accord', 1)],
  facts: [
    { key: DEU_SIGNED, type: 'SIGNED', source: DEU, target: ACCORD, evidence: [span(A3_TEXT, A3_TEXT)], date: '2024-03-10' },
    { key: FRA_SIGNED, type: 'SIGNED', source: FRA, target: ACCORD, evidence: [span(A3_TEXT, A3_TEXT)], date: '2024-03-10' },
  ],
  statements: [],
};

/** a3 corrected: France no longer signs. */
const A3_V2_TEXT = 'Germany signed the Harbor Accord on Sunday.';
export const a3Corrected: GraphFragment = {
  article: { id: 'a3', text: A3_V2_TEXT, published: '2024-03-10', contentHash: 'hash-a3-v2' },
  nodes: [node(DEU, 'Country', 'Germany', 1), node(ACCORD, 'Agreement', 'Harbor Accord', 1)],
  facts: [{ key: DEU_SIGNED, type: 'SIGNED', source: DEU, target: ACCORD, evidence: [span(A3_V2_TEXT, A3_V2_TEXT)], date: '2024-03-10' }],
  statements: [],
};

export const ALL = [a1, a2, a3] as const;
