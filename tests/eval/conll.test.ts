import { isKgError } from '../../src/errors.js';
import { readConll, scoreEntities, spansFromTags, type EntitySpan } from '../../src/eval/conll.js';

const SAMPLE = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
. . O O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER

-DOCSTART- O

BRUSSELS B-LOC 
1996-08-22 O 
`;

describe('readConll', () => {
  const sentences = readConll(SAMPLE);

  it('reads sentences between blank lines and numbers documents from -DOCSTART-', () => {
    expect(sentences.map((s) => [s.document, s.tokens.join(' ')])).toEqual([
      [0, 'EU rejects German call .'],
      [0, 'Peter Blackburn'],
      [1, 'BRUSSELS 1996-08-22'],
    ]);
  });

  it('takes the tag from the last column of four-column and two-column lines alike', () => {
    expect(sentences.map((s) => s.tags.join(' '))).toEqual(['B-ORG O B-MISC O O', 'B-PER I-PER', 'B-LOC O']);
  });

  it('puts sentences before any -DOCSTART- in document 0', () => {
    expect(readConll('Paris B-LOC\n\nRome B-LOC\n').map((s) => s.document)).toEqual([0, 0]);
  });

  it('rejects a line whose tag is not O, B-X or I-X with EVAL_INVALID_GOLD', () => {
    let caught: unknown;
    try {
      readConll('Paris B-LOC\nRome LOCATION\n');
    } catch (error) {
      caught = error;
    }
    expect(isKgError(caught, 'EVAL_INVALID_GOLD')).toBe(true);
    expect((caught as Error).message).toContain('line 2');
  });
});

describe('spansFromTags', () => {
  test.each([
    ['IOB2 entities', ['B-PER', 'I-PER', 'O', 'B-LOC'], [['PER', 0, 2], ['LOC', 3, 4]]],
    ['two adjacent entities of one type split by B-', ['B-LOC', 'B-LOC', 'I-LOC'], [['LOC', 0, 1], ['LOC', 1, 3]]],
    ['IOB1: I- after O starts an entity', ['O', 'I-ORG', 'I-ORG'], [['ORG', 1, 3]]],
    ['a change of type starts an entity', ['B-ORG', 'I-LOC'], [['ORG', 0, 1], ['LOC', 1, 2]]],
    ['an entity at the end of the sentence', ['O', 'O', 'B-MISC'], [['MISC', 2, 3]]],
    ['no entities', ['O', 'O'], []],
  ])('reads %s', (_name, tags, expected) => {
    expect(spansFromTags(tags).map((s) => [s.type, s.start, s.end])).toEqual(expected);
  });

  it('marks every span with the sentence number it is given', () => {
    expect(spansFromTags(['B-PER'], 7)).toEqual([{ type: 'PER', start: 0, end: 1, sentence: 7 }]);
  });
});

describe('scoreEntities', () => {
  const gold: EntitySpan[] = [
    { type: 'PER', start: 0, end: 2, sentence: 0 },
    { type: 'LOC', start: 3, end: 4, sentence: 0 },
    { type: 'ORG', start: 0, end: 3, sentence: 1 },
    { type: 'MISC', start: 5, end: 6, sentence: 1 },
  ];
  const predicted: EntitySpan[] = [
    { type: 'PER', start: 0, end: 2, sentence: 0 }, // right
    { type: 'ORG', start: 3, end: 4, sentence: 0 }, // right span, wrong type
    { type: 'ORG', start: 0, end: 2, sentence: 1 }, // right type, wrong span
    { type: 'MISC', start: 5, end: 6, sentence: 1 }, // right
    { type: 'LOC', start: 3, end: 4, sentence: 1 }, // not in gold
  ];

  it('counts a prediction as correct only with the same sentence, start, end and type', () => {
    const scores = scoreEntities(gold, predicted);
    // 2 correct of 5 predicted and 4 gold: P 0.4, R 0.5, F1 2*0.2/0.9
    expect(scores.micro).toEqual({ precision: 0.4, recall: 0.5, f1: 0.4 / 0.9, gold: 4, predicted: 5, correct: 2 });
  });

  it('scores each type on its own', () => {
    const { byType } = scoreEntities(gold, predicted);
    expect(byType.PER).toEqual({ precision: 1, recall: 1, f1: 1, gold: 1, predicted: 1, correct: 1 });
    expect(byType.ORG).toEqual({ precision: 0, recall: 0, f1: 0, gold: 1, predicted: 2, correct: 0 });
    expect(byType.LOC).toEqual({ precision: 0, recall: 0, f1: 0, gold: 1, predicted: 1, correct: 0 });
    expect(byType.MISC).toEqual({ precision: 1, recall: 1, f1: 1, gold: 1, predicted: 1, correct: 1 });
  });

  it('leaves other types out of both sides when given the types to count', () => {
    const scores = scoreEntities(gold, predicted, { types: ['PER', 'LOC', 'ORG'] });
    // gold PER LOC ORG = 3, predicted PER ORG ORG LOC = 4, correct PER = 1
    expect(scores.micro).toEqual({ precision: 0.25, recall: 1 / 3, f1: (2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3), gold: 3, predicted: 4, correct: 1 });
    expect(Object.keys(scores.byType)).toEqual(['LOC', 'ORG', 'PER']);
  });

  it('gives zeros rather than NaN when there is nothing to score', () => {
    expect(scoreEntities([], []).micro).toEqual({ precision: 0, recall: 0, f1: 0, gold: 0, predicted: 0, correct: 0 });
  });
});
