import { annotate } from '../../src/nlp/annotate.js';
import { parsePublished, sentenceDate } from '../../src/relate/dates.js';

// 2024-10-24 is a Thursday
const PUBLISHED = parsePublished('2024-10-24');

function dateOf(sentence: string, withPublished = true): string | undefined {
  const doc = annotate(sentence);
  return sentenceDate(doc, 0, doc.tokens.length, withPublished ? PUBLISHED : undefined);
}

describe('sentenceDate', () => {
  test.each([
    ['Seoul said on Tuesday that the deployment was a threat.', '2024-10-22'],
    ['The ministry said Thursday it would respond.', '2024-10-24'],
    ['The talks were held last week in Geneva.', '2024-10-17'],
    ['They signed a defence pact in June.', '2024-06'],
    ['The summit took place in November.', '2023-11'],
    ['The treaty was signed on March 3, 2021, in Paris.', '2021-03-03'],
    ['He spoke yesterday.', '2024-10-23'],
    ['The fighting began in 2022.', '2022'],
    ['Nothing here says when.', '2024-10-24'],
  ])('%s -> %s', (sentence, expected) => {
    expect(dateOf(sentence)).toBe(expected);
  });

  test('without a published date only absolute dates resolve', () => {
    expect(dateOf('They met on Tuesday.', false)).toBeUndefined();
    expect(dateOf('They met on 5 May 2023.', false)).toBe('2023-05-05');
  });

  test('"may" the verb is no month', () => {
    expect(dateOf('Officials may travel to Rome.')).toBe('2024-10-24');
  });
});
