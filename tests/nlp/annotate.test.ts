import { annotate, tokenizePhrase, tokenizePhrases } from '../../src/nlp/annotate.js';

describe('annotate', () => {
  test.each([
    'Seoul said Tuesday that the “speeding” deployment was a threat.',
    'NAIROBI, Jan 16 (Reuters) - The U.S. on Thursday imposed sanctions.\n\nA second paragraph, with “curly” and "straight" quotes.',
    "Côte d'Ivoire and al-Burhan's men didn't go.\r\nNext line.",
    '  leading spaces\t\tand tabs  ',
  ])('every token slices out exactly its own text: %j', (text) => {
    const doc = annotate(text);
    expect(doc.tokens.length).toBeGreaterThan(0);
    doc.tokens.forEach((token, i) => expect(text.slice(doc.starts[i], doc.ends[i])).toBe(token));
  });

  test('splits sentences at full stops and at every paragraph break', () => {
    const doc = annotate('First sentence here. Second one.\nThird line without a stop\nFourth.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'First sentence here.',
      'Second one.',
      'Third line without a stop',
      'Fourth.',
    ]);
  });

  test('maps each token to its sentence', () => {
    const doc = annotate('One two. Three four.');
    expect(Array.from(doc.sentenceOf)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  test('an empty text has no tokens and no sentences', () => {
    const doc = annotate('');
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
  });
});

describe('tokenizePhrases', () => {
  it('splits each phrase as tokenizePhrase does, read in one pass', () => {
    const phrases = ['U.S.', "Côte d'Ivoire", 'Cannot Island', 'Gdańsk', 'N.A.T.O', 'Guinea-Bissau', '', '  ', 'two\nlines', 'St. Kitts and Nevis', 'Al-Shabaab'];
    const tokens = tokenizePhrases(phrases);
    expect(tokens).toEqual(phrases.map((phrase) => tokenizePhrase(phrase)));
    expect(tokens[2]).toEqual(['Can', 'not', 'Island']);
    expect(tokens[6]).toEqual([]);
  });

  it('answers nothing for no phrases', () => {
    expect(tokenizePhrases([])).toEqual([]);
  });
});

describe('names written with extended Latin letters', () => {
  test('"Stojković", "Đorđević", "Łódź", "Erdoğan" are one token each, with offsets into the original text', () => {
    const text = 'Nenad Stojković met Milan Đorđević in Łódź; Erdoğan spoke in İstanbul.';
    const doc = annotate(text);
    for (const name of ['Stojković', 'Đorđević', 'Łódź', 'Erdoğan', 'İstanbul']) expect(doc.tokens).toContain(name);
    doc.tokens.forEach((token, i) => expect(text.slice(doc.starts[i], doc.ends[i])).toBe(token));
  });

  test('phrases compiled for the gazetteer split the same way', () => {
    expect(tokenizePhrase('Łódź Voivodeship')).toEqual(['Łódź', 'Voivodeship']);
    expect(tokenizePhrases(['Milan Đorđević', 'Tomáš Vrabec'])).toEqual([['Milan', 'Đorđević'], ['Tomáš', 'Vrabec']]);
  });

  test('a rank written short is one token and ends no sentence ("Maj. Gen. X", "Adm. Y")', () => {
    const text = '"We are ready," Maj. Gen. Darnell Ashford said. Adm. Park Jae-hyun met him.';
    const doc = annotate(text);
    expect(doc.tokens.slice(0, 10)).toContain('Maj.');
    expect(doc.tokens).toContain('Adm.');
    expect(doc.sentences.length).toBe(2);
    doc.tokens.forEach((t, i) => expect(text.slice(doc.starts[i], doc.ends[i])).toBe(t));
  });
});

test('a given name written short with its dot ("Mohd. Razak Ibrahim", "Md. Shahriar Alam") is one token, and no sentence ends at it', () => {
  const doc = annotate("Malaysia's Mohd. Razak Ibrahim spoke. State Minister Md. Shahriar Alam met him.");
  expect(doc.tokens).toContain('Mohd.');
  expect(doc.tokens).toContain('Md.');
  expect(doc.sentences).toHaveLength(2);
});

test('"Ma. Theresa Reyes", the Filipino given name written short: one token, no sentence ends at it; "Jack Ma. He" ends one', () => {
  const doc = annotate('Foreign Secretary Ma. Theresa Reyes met Jack Ma. He said so.');
  expect(doc.tokens.slice(2, 5)).toEqual(['Ma.', 'Theresa', 'Reyes']);
  expect(doc.sentences.map((s) => doc.tokens.slice(s.first, s.last).join(' '))).toEqual(['Foreign Secretary Ma. Theresa Reyes met Jack Ma .', 'He said so .']);
});

test('"Nandita Sen. He ..." and "Ana Gen." at the end: a surname that is also a title written short, then a full stop that ends the sentence; "Democratic Sen. Bob Casey" keeps its title', () => {
  const doc = annotate('He called on Minister Nandita Sen. He said so. Democratic Sen. Bob Casey agreed with Ana Gen.');
  expect(doc.tokens.slice(0, 9)).toEqual(['He', 'called', 'on', 'Minister', 'Nandita', 'Sen', '.', 'He', 'said']);
  expect(doc.sentences.map((s) => doc.tokens.slice(s.first, s.last).join(' '))).toEqual([
    'He called on Minister Nandita Sen .',
    'He said so .',
    'Democratic Sen. Bob Casey agreed with Ana Gen .',
  ]);
});
