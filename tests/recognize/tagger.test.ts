import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isKgError } from '../../src/errors.js';
import { splitHyphenatedWords } from '../../src/recognize/tagger/augment.js';
import { decodeModelFile, encodeModelFile } from '../../src/recognize/tagger/model-file.js';
import { decodeLabels, encodeTags, transitionRules, labelNames } from '../../src/recognize/tagger/labels.js';
import { createDocumentMemory, DEFAULT_TAGGER_PATH, loadTagger } from '../../src/recognize/tagger/index.js';
import { createTagger } from '../../src/recognize/tagger/tagger.js';

const tagger = loadTagger();

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
