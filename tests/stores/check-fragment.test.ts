// The invariants both stores check before writing a fragment, and the split of repeated articles into batches.
import type { GraphFragment } from '../../src/schema/index.js';
import { batchesOfDistinctArticles, checkFragment } from '../../src/stores/check-fragment.js';
import { a1, a2, a3, a3Corrected, ANA, FRA } from './fixtures.js';

const firstFact = a1.facts[0]!;
const firstStatement = a1.statements[0]!;

describe('checkFragment', () => {
  test.each<[string, GraphFragment, string]>([
    ['an entity listed twice', { ...a1, nodes: [...a1.nodes, a1.nodes[0]!] }, `entity "${ANA}" is listed twice`],
    ['a fact whose end is not a node', { ...a1, facts: [{ ...firstFact, target: 'country:XXX' }] }, 'names entity "country:XXX"'],
    ['a fact listed twice', { ...a1, facts: [firstFact, firstFact] }, 'is listed twice'],
    ['evidence past the end of the text', { ...a1, facts: [{ ...firstFact, evidence: [{ start: 150, end: 400 }] }] }, 'offsets 150-400 fall outside'],
    ['evidence that ends before it starts', { ...a1, facts: [{ ...firstFact, evidence: [{ start: 20, end: 10 }] }] }, 'offsets 20-10'],
    ['a statement about an entity not listed', { ...a1, statements: [{ ...firstStatement, about: [FRA, 'org:nobody'] }] }, 'names entity "org:nobody"'],
  ])('rejects %s as INPUT_INVALID_RECORD naming the article', (_name, fragment, message) => {
    expect(() => checkFragment(fragment)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID_RECORD' }));
    expect(() => checkFragment(fragment)).toThrow(message);
    expect(() => checkFragment(fragment)).toThrow('article "a1"');
  });

  test('accepts the fixtures', () => {
    for (const fragment of [a1, a2, a3, a3Corrected]) expect(() => checkFragment(fragment)).not.toThrow();
  });
});

describe('batchesOfDistinctArticles', () => {
  test('starts a new batch where an article id repeats, keeping order', () => {
    const batches = batchesOfDistinctArticles([a1, a2, a3, a3Corrected, a1]);
    expect(batches.map((batch) => batch.map((fragment) => fragment.article.contentHash))).toEqual([
      ['hash-a1', 'hash-a2', 'hash-a3'],
      ['hash-a3-v2', 'hash-a1'],
    ]);
  });
});
