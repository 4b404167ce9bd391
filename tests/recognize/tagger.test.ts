import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isKgError } from '../../src/errors.js';
import { annotate } from '../../src/nlp/annotate.js';
import { splitHyphenatedWords } from '../../src/recognize/tagger/augment.js';
import { decodeModelFile, encodeModelFile } from '../../src/recognize/tagger/model-file.js';
import { decodeLabels, encodeTags, transitionRules, labelNames } from '../../src/recognize/tagger/labels.js';
import { createDocumentMemory, DEFAULT_TAGGER_PATH, loadTagger } from '../../src/recognize/tagger/index.js';
import { createTagger } from '../../src/recognize/tagger/tagger.js';
import {
  analyzeSentence,
  createAnalysis,
  observeWriting,
  previousLabelFeatures,
  PREVIOUS_LABEL_FEATURES,
  readTokens,
  readWriting,
  recordTypes,
  stackedFeatures,
  staticFeatures,
} from '../../src/recognize/tagger/features.js';
import type { TaggerModel } from '../../src/recognize/tagger/model.js';
import { buildScoringTable, findRow, POSITION_BITS, POSITION_MASK, rowEnd, rowStart } from '../../src/recognize/tagger/scoring-table.js';

const tagger = loadTagger();
const SAMPLES = join(import.meta.dirname, '..', '..', 'data', 'samples');

describe('the trained tagger (committed weights)', () => {
  test.each([
    ['Angela Merkel visited Paris on Monday .', 'B-PER I-PER O B-LOC O O O'],
    ['The European Commission said on Thursday it disagreed with German advice .', 'O B-ORG I-ORG O O O O O O B-MISC O O'],
    ['Japan beat Syria 2-1 in the Asian Cup on Friday .', 'B-LOC O B-LOC O O O B-MISC I-MISC O O O'],
    ['Bill Clinton met Boris Yeltsin in Moscow .', 'B-PER I-PER O B-PER I-PER O B-LOC O'],
  ])('tags "%s"', (sentence, expected) => {
    expect(tagger.tag(sentence.split(' ')).join(' ')).toBe(expected);
  });

  it('reads wink-nlp tokens: "U.S." in one piece and "do n\'t" split', () => {
    const tokens = ['The', 'U.S.', 'State', 'Department', 'said', 'it', 'did', "n't", 'know', '.'];
    expect(tagger.tag(tokens).slice(1, 4)).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
  });

  it('reads typographic quotes like ASCII ones', () => {
    const ascii = tagger.tag(['"', 'We', 'will', 'win', '"', ',', 'said', 'Tony', 'Blair', '.']);
    const curly = tagger.tag(['“', 'We', 'will', 'win', '”', ',', 'said', 'Tony', 'Blair', '.']);
    expect(curly).toEqual(ascii);
    expect(curly.slice(7)).toEqual(['B-PER', 'I-PER', 'O']);
  });

  it('answers one IOB2 tag per token, never an I- that does not continue its type', () => {
    const tokens = 'SOCCER - JAPAN GET LATE WIN , CHINA IN SURPRISE DEFEAT .'.split(' ');
    const tags = tagger.tag(tokens);
    expect(tags).toHaveLength(tokens.length);
    tags.forEach((tag, i) => {
      expect(tag).toMatch(/^(O|[BI]-(PER|LOC|ORG|MISC))$/);
      if (tag.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(tag.slice(2));
    });
  });

  it('answers nothing for no tokens', () => {
    expect(tagger.tag([])).toEqual([]);
  });

  it('tags a document read whole the same way as sentence by sentence after observe', () => {
    const document = [
      'Clinton meets Yeltsin in Helsinki .'.split(' '),
      'President Bill Clinton said on Tuesday he would meet Russian President Boris Yeltsin .'.split(' '),
    ];
    const whole = tagger.tagDocument(document);
    const memory = createDocumentMemory();
    tagger.observe(memory, document);
    expect(document.map((tokens) => tagger.tag(tokens, { document: memory }))).toEqual(whole);
    expect(whole[1]?.slice(1, 3)).toEqual(['B-PER', 'I-PER']);
  });

  it('uses the document memory to tag a later bare surname like its earlier full name', () => {
    const memory = createDocumentMemory();
    tagger.tag('Fiat chairman Gianni Agnelli spoke in Turin .'.split(' '), { document: memory });
    expect(tagger.tag('Agnelli said the group would grow .'.split(' '), { document: memory })[0]).toBe('B-PER');
  });

  it('gives the same tags to the same sentence whatever came before without a document', () => {
    const sentence = 'Peter Blackburn reports from Brussels .'.split(' ');
    const first = tagger.tag(sentence);
    tagger.tag('Rome and Milan are in Italy .'.split(' '));
    expect(tagger.tag(sentence)).toEqual(first);
  });
});

describe('loadTagger', () => {
  it('loads the committed weights from data/tagger by default', () => {
    expect(DEFAULT_TAGGER_PATH.endsWith(join('data', 'tagger', 'conll2003.bin'))).toBe(true);
  });

  it('throws INPUT_NOT_FOUND for a missing weights file', () => {
    expect(() => loadTagger(join(tmpdir(), 'no-such-dir', 'tagger.bin'))).toThrow(
      expect.objectContaining({ code: 'INPUT_NOT_FOUND' }),
    );
  });

  it('throws INPUT_INVALID_RECORD for a file that is not a tagger', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tagger-'));
    try {
      const path = join(dir, 'bad.bin');
      writeFileSync(path, 'not a model');
      let caught: unknown;
      try {
        loadTagger(path);
      } catch (error) {
        caught = error;
      }
      expect(isKgError(caught, 'INPUT_INVALID_RECORD')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The tagger as the model defines it: every feature of every token looked up and summed, no cache, no dense tables.
 * The tagger must give exactly its tags.
 */
function plainTagger(model: TaggerModel): (sentences: readonly (readonly string[])[]) => string[][] {
  const labelCount = labelNames(model.scheme).length;
  const parts = model.scheme === 'bilou' ? 4 : 2;
  const table = buildScoringTable(model.stages, labelCount);
  const { allowed, final } = transitionRules(model.scheme);
  return (sentences) => tagDocumentPlainly(model, table, allowed, final, labelCount, parts, sentences);
}

function tagDocumentPlainly(
  model: TaggerModel,
  table: ReturnType<typeof buildScoringTable>,
  allowed: Uint8Array,
  final: Uint8Array,
  labelCount: number,
  parts: number,
  sentences: readonly (readonly string[])[],
): string[][] {
  const memory = createDocumentMemory();
  const analysis = createAnalysis();
  for (const tokens of sentences) {
    readTokens(analysis, tokens);
    observeWriting(analysis, memory);
  }
  const ids = new Int32Array(256);
  const labelIds = new Int32Array(PREVIOUS_LABEL_FEATURES);
  const add = (stage: number, features: Int32Array, count: number, scores: Int32Array): void => {
    for (let f = 0; f < count; f++) {
      const row = findRow(table, features[f] as number);
      for (let e = rowStart(row); e < rowEnd(row); e++) {
        const entry = table.entries[e] as number;
        const label = (entry & POSITION_MASK) - stage * labelCount;
        if (label >= 0 && label < labelCount) scores[label] = (scores[label] as number) + (entry >> POSITION_BITS);
      }
    }
  };
  const decode = (stage: number, n: number, word: Int32Array, short: Int32Array, featuresOf: (i: number) => number): Int32Array => {
    const out = new Int32Array(n);
    let previous = labelCount;
    let previous2 = labelCount;
    for (let i = 0; i < n; i++) {
      const scores = new Int32Array(labelCount);
      add(stage, ids, featuresOf(i), scores);
      previousLabelFeatures(word[i] as number, short[i] as number, previous, previous2, labelIds);
      add(stage, labelIds, PREVIOUS_LABEL_FEATURES, scores);
      let best = 0;
      for (let l = 0, bestScore = -Infinity; l < labelCount; l++) {
        if (allowed[previous * labelCount + l] === 0 || (i === n - 1 && final[l] === 0)) continue;
        if ((scores[l] as number) > bestScore) [best, bestScore] = [l, scores[l] as number];
      }
      out[i] = best;
      [previous2, previous] = [previous, best];
    }
    return out;
  };
  const typesOf = (labels: Int32Array): Int32Array => labels.map((l) => (l === 0 ? -1 : ((l - 1) / parts) | 0));
  const firstStage = sentences.map((tokens) => {
    analyzeSentence(analysis, tokens, model.lexicon);
    readWriting(analysis, memory);
    const n = tokens.length;
    const statics = Array.from({ length: n }, (_, i) => ids.slice(0, staticFeatures(analysis, i, ids)));
    const sentence = { n, word: analysis.word.slice(0, n), capClass: analysis.capClass.slice(0, n), short: analysis.shortShape.slice(0, n) };
    const labels = decode(0, n, sentence.word, sentence.short, (i) => (ids.set(statics[i] as Int32Array), (statics[i] as Int32Array).length));
    recordTypes(sentence.word, sentence.capClass, n, memory, typesOf(labels));
    return { ...sentence, caps: analysis.sentenceInCapitals, statics, labels };
  });
  return firstStage.map(({ n, word, capClass, short, caps, statics, labels }) => {
    const second = decode(1, n, word, short, (i) => {
      const own = statics[i] as Int32Array;
      ids.set(own);
      return stackedFeatures(word, capClass, caps, i, n, labels, typesOf(labels), memory, labelCount, ids, own.length);
    });
    return decodeLabels(second, n, model.scheme);
  });
}

describe('the tagger scores exactly as the model says', () => {
  const { model } = decodeModelFile(readFileSync(DEFAULT_TAGGER_PATH), DEFAULT_TAGGER_PATH);
  // our sample articles as the pipeline reads them, and a few sentences of odd writing
  const samples = readdirSync(SAMPLES)
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => {
      const doc = annotate(readFileSync(join(SAMPLES, name), 'utf8'));
      return doc.sentences.map((s) => doc.tokens.slice(s.first, s.last));
    });
  const documents = [
    ...samples,
    [
      'RUSSIA AND UKRAINE TRADE BLAME OVER SHELLING',
      'Peter Blackburn reports from Brussels .',
      'Blackburn said the EU would vote on Monday .',
      'de Gaulle met McDonald , MacArthur and iPhone makers in 1996 , 2-1 , 3,000 troops .',
      'The U.S.-led coalition and the Franco-German brigade held drills , the IAEA said .',
    ].map((s) => s.split(' ')),
  ];

  const tagPlainly = plainTagger(model);

  it.each([['a cache of the default size', undefined], ['a cache of three token texts', 3]])('with %s', (_, entries) => {
    const tagger = createTagger(model, entries === undefined ? {} : { tokenCacheEntries: entries });
    const plainly = documents.map(tagPlainly);
    for (let pass = 0; pass < 2; pass++) expect(documents.map((document) => tagger.tagDocument(document))).toEqual(plainly);
  });
});

describe('the weights file', () => {
  it('round-trips: re-encoding the committed model changes no tag', () => {
    const { model } = decodeModelFile(readFileSync(DEFAULT_TAGGER_PATH), DEFAULT_TAGGER_PATH);
    const again = decodeModelFile(encodeModelFile(model, { weightBits: 16, pruneBelow: 0, gzip: false }), 'memory').model;
    const tokens = 'Reuters reported that Deutsche Bank chief Hilmar Kopper flew to New York .'.split(' ');
    expect(createTagger(again).tag(tokens)).toEqual(tagger.tag(tokens));
    expect(again.stages.map((s) => s.featureKeys.length)).toEqual(model.stages.map((s) => s.featureKeys.length));
  });
});

describe('labels', () => {
  test.each([
    ['bio', ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-LOC'], [1, 2, 0, 3, 3, 4, 4]],
    ['bilou', ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-LOC'], [1, 3, 0, 8, 5, 6, 7]],
  ] as const)('encodes IOB2 as %s labels and decodes them back', (scheme, tags, labels) => {
    expect(Array.from(encodeTags(tags, scheme))).toEqual(labels);
    expect(decodeLabels(Int32Array.from(labels), labels.length, scheme)).toEqual(tags);
  });

  it('allows I-PER only after B-PER or I-PER in BIO', () => {
    const { allowed } = transitionRules('bio');
    const names = labelNames('bio');
    const count = names.length;
    const iPer = names.indexOf('I-PER');
    const after = names.filter((_, previous) => allowed[previous * count + iPer] === 1);
    expect(after).toEqual(['B-PER', 'I-PER']);
    expect(allowed[count * count + iPer]).toBe(0); // not at the start of a sentence
  });
});

describe('splitHyphenatedWords', () => {
  it('splits a hyphenated name as wink-nlp does and keeps the entity over every piece', () => {
    expect(splitHyphenatedWords({ tokens: ['a', 'Toronto-based', 'firm'], tags: ['O', 'B-MISC', 'O'] })).toEqual({
      tokens: ['a', 'Toronto', '-', 'based', 'firm'],
      tags: ['O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'],
    });
  });

  it('leaves numbers and prefixes wink-nlp keeps joined alone', () => {
    const sentence = { tokens: ['1996-08-22', 'pro-Western', 'well-known'], tags: ['O', 'O', 'O'] };
    expect(splitHyphenatedWords(sentence).tokens).toEqual(['1996-08-22', 'pro-Western', 'well', '-', 'known']);
  });
});
