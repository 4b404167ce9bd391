// Properties of extraction over any text: it never throws, its output keeps the `kg extract` contract, and every
// offset it gives (mentions, evidence, statements) slices exactly the text it claims.
import fc from 'fast-check';
import { checkFragment } from '../../src/stores/check-fragment.js';
import { buildFragment } from '../../src/fragment/build-fragment.js';
import { createExtractor, type Extractor } from '../../src/pipeline/extract-article.js';
import { Extraction } from '../../src/schema/index.js';
import { HOSTILE_SNIPPETS, NEWS_SENTENCES } from './news-sentences.js';

let extract: Extractor;
beforeAll(() => {
  extract = createExtractor();
});

/** Every place where the extraction says "this text is at start..end", as [what, start, end, claimed text]. */
function claimedSpans(extraction: Extraction): [string, number, number, string][] {
  const spans: [string, number, number, string][] = [];
  for (const entity of extraction.entities) {
    for (const m of entity.mentions) spans.push([`mention of ${entity.id}`, m.start, m.end, m.text]);
  }
  for (const relation of extraction.relations) {
    for (const e of relation.evidence) spans.push([`evidence of ${relation.type}`, e.start, e.end, e.text]);
  }
  for (const s of extraction.statements) spans.push([`statement of ${s.speaker}`, s.start, s.end, s.quote]);
  return spans;
}

/** The spans whose offsets do not slice their claimed text out of `text` (must be none). */
function misplacedSpans(text: string, extraction: Extraction): string[] {
  return claimedSpans(extraction)
    .filter(([, start, end, claimed]) => !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length && text.slice(start, end) === claimed))
    .map(([what, start, end, claimed]) => `${what}: ${start}-${end} ${JSON.stringify(claimed)} but the text there is ${JSON.stringify(text.slice(start, end))}`);
}

/** How many spans of each kind the checks have seen: the properties must not hold only because nothing was found. */
const checked = { mention: 0, evidence: 0, statement: 0 };

function checkExtraction(text: string): void {
  const extraction = extract({ id: 'property', text });
  expect(Extraction.safeParse(extraction).success).toBe(true);
  expect(misplacedSpans(text, extraction)).toEqual([]);
  for (const [what] of claimedSpans(extraction)) checked[what.split(' ')[0] as keyof typeof checked] += 1;
  // what the stores are given keeps their invariants too
  checkFragment(buildFragment({ id: 'property', text }, extraction));
}

const ODD_CHARACTERS = ['\0', '\uFEFF', '\uD800', '\uDFFF', '\u200B', '\u00A0', '\u2028', '"', '“', '”', "'", '’', '\\', '\r\n', '\r', '\t', '—', '…', '😀', '👩‍👩‍👧', 'é', 'é', 'ﬁ', 'İ', 'ß'];

/** Pieces of text: news sentences, hostile snippets, odd characters, any Unicode, runs of whitespace. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS_SENTENCES) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_CHARACTERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\r', '\u00A0', '\u3000'), maxLength: 200 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9}){0,2}$/) },
);

/** Text made of pieces, joined by nothing, a space or a newline. */
const articleText = fc
  .array(fc.tuple(piece, fc.constantFrom('', ' ', '\n', '\n\n')), { maxLength: 12 })
  .map((parts) => parts.map(([text, glue]) => text + glue).join(''));

describe('extract, on any text', () => {
  test('never throws on any Unicode string, and every offset slices its text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkExtraction), { numRuns: 200 });
  });

  test('never throws on any string of UTF-16 code units (lone surrogates, NULs), and every offset slices its text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 }), checkExtraction), { numRuns: 100 });
  });

  test('never throws on news-like text mixed with quotes, nulls, odd Unicode and hostile snippets, and every offset slices its text', () => {
    const before = { ...checked };
    fc.assert(fc.property(articleText, checkExtraction), { numRuns: 300 });
    expect(checked.mention - before.mention).toBeGreaterThan(1000);
    expect(checked.evidence - before.evidence).toBeGreaterThan(100);
    expect(checked.statement - before.statement).toBeGreaterThan(20);
  });

  test.each([
    ['empty text', ''],
    ['only whitespace', ' \n\t\r '.repeat(20_000)],
    ['a sentence in a sea of whitespace', `${' '.repeat(50_000)}Poland sent 2,000 troops to Lithuania.${'\n'.repeat(50_000)}`],
    ['NUL bytes around a sentence', '\0\0Poland sent 2,000 troops to Lithuania.\0\0'],
    ['NUL bytes inside names', 'Pol\0and sent 2,000 troops to Lith\0uania.'],
    ['unbalanced quotes', '"Poland sent 2,000 troops to Lithuania, Tomasz Wilk said. “And more will follow'],
    ['a quote that is never closed by the end', 'Finnish Foreign Minister Elina Koskinen said: "'],
    ['one very long sentence', `${NEWS_SENTENCES.map((s) => s.replace(/\.$/, '')).join(' and ')}.`],
  ])('keeps its contract on %s', (_name, text) => {
    checkExtraction(text);
  });
});
