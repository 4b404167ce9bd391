// Mention rules over given tagger readings: what recognize makes of the tags, independent of the trained model.
import { annotate } from '../../src/nlp/annotate.js';
import { loadGazetteer } from '../../src/recognize/gazetteer.js';
import { recognize, type TagTokens } from '../../src/recognize/recognize.js';

const gazetteer = loadGazetteer();

/** A tagger that reads the named token spans with the given labels and everything else as O. */
function tagging(spans: Readonly<Record<string, string>>): TagTokens {
  return (sentences) =>
    sentences.map((tokens) => {
      const tags = tokens.map(() => 'O');
      for (const [phrase, label] of Object.entries(spans)) {
        const words = phrase.split(' ');
        for (let i = 0; i + words.length <= tokens.length; i++) {
          if (words.every((w, k) => tokens[i + k] === w)) words.forEach((_w, k) => (tags[i + k] = `${k === 0 ? 'B' : 'I'}-${label}`));
        }
      }
      return tags;
    });
}

/** Each mention as "type: text". */
function mentions(text: string, spans: Readonly<Record<string, string>>): string[] {
  const doc = annotate(text);
  return recognize(doc, gazetteer, tagging(spans)).map((c) => `${c.type}: ${doc.text.slice(doc.starts[c.first], doc.ends[c.last - 1])}`);
}

describe('recognize', () => {
  test('in a list of persons, a long name read as a body is a person, and a surname left out ends the name', () => {
    const text = 'Four activists were freed: Ernesto Ramon Villalobos Peraza, Tania Soto Soto, Luis Amoroso Castillo and Rosa Paz Ortiz.';
    const out = mentions(text, {
      'Ernesto Ramon Villalobos Peraza': 'ORG',
      'Tania Soto': 'PER',
      'Luis Amoroso Castillo': 'PER',
      'Rosa Paz Ortiz': 'PER',
    });
    expect(out).toEqual(['Person: Ernesto Ramon Villalobos Peraza', 'Person: Tania Soto Soto', 'Person: Luis Amoroso Castillo', 'Person: Rosa Paz Ortiz']);
  });

  test('a list of bodies stays one of bodies', () => {
    const out = mentions('Sanctions hit Volga Shipping Lines, Amur Trade Company and Kama Holding Group.', {
      'Volga Shipping Lines': 'ORG',
      'Amur Trade Company': 'ORG',
      'Kama Holding Group': 'ORG',
    });
    expect(out.every((m) => m.startsWith('Organization'))).toBe(true);
  });

  test('"Supreme Court of Justice" read as two bodies around "of" is one, its title-like first word kept', () => {
    expect(mentions('Judges of the Supreme Court of Justice resigned.', { 'Supreme Court': 'ORG', Justice: 'ORG' })).toEqual(['Agency: Supreme Court of Justice']);
  });
});
