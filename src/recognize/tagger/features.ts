// Feature extraction: each token's text is read once into numeric buffers, and features are hashes of those numbers.
import { type DocumentMemory, memoryEntry, SLOT_CAPITALISED, SLOT_LOWERCASE } from './document-memory.js';
import { feature1, feature2, feature3, finalize, foldChar, mixIn, SEQUENCE_SEED } from './hash.js';
import { type IntIndex, indexOf } from './int-table.js';

/** What the model knows beyond its weights: word lists derived from the training data. */
export interface Lexicon {
  /** Entity names seen in training, as `hashTokenSequence` keys, with a bit per type (PER, LOC, ORG, MISC). */
  readonly gazetteer: IntIndex;
  readonly gazetteerTypes: Uint8Array;
  readonly gazetteerMaxLength: number;
  /** Words seen written in lowercase in training. */
  readonly lowercaseWords: IntIndex;
  /** Word clusters at `clusterLevels` granularities: ids[position * clusterLevels + level], ids from 1. */
  readonly clusterWords: IntIndex;
  readonly clusterIds: Int32Array;
  readonly clusterLevels: number;
}

/** How a token is capitalised. */
export const CAP_NONE = 0; // no letters
export const CAP_LOWER = 1; // starts lowercase: "visited"
export const CAP_TITLE = 2; // "Paris"
export const CAP_UPPER = 3; // "EU", "U.S."
export const CAP_SINGLE = 4; // "J", "J."
export const CAP_MIXED = 5; // "McDonald", "iPhone"

export const MAX_CLUSTER_LEVELS = 6;
/** Upper bound of the static features of one token. */
export const MAX_STATIC_FEATURES = 128;

/** Reusable per-sentence buffers, grown as needed; one per tagger. */
export interface Analysis {
  length: number;
  capacity: number;
  sentenceInCapitals: number;
  word: Int32Array;
  shape: Int32Array;
  shortShape: Int32Array;
  prefixes: Int32Array;
  suffixes: Int32Array;
  capClass: Uint8Array;
  hyphenFirst: Int32Array;
  hyphenLast: Int32Array;
  hyphenFirstTypes: Uint8Array;
  gazetteer: Int32Array;
  lowercaseWord: Uint8Array;
  cluster: Int32Array;
  writing: Uint8Array;
}

export function createAnalysis(capacity = 64): Analysis {
  return {
    length: 0,
    capacity,
    sentenceInCapitals: 0,
    word: new Int32Array(capacity),
    shape: new Int32Array(capacity),
    shortShape: new Int32Array(capacity),
    prefixes: new Int32Array(capacity * 4),
    suffixes: new Int32Array(capacity * 4),
    capClass: new Uint8Array(capacity),
    hyphenFirst: new Int32Array(capacity),
    hyphenLast: new Int32Array(capacity),
    hyphenFirstTypes: new Uint8Array(capacity),
    gazetteer: new Int32Array(capacity),
    lowercaseWord: new Uint8Array(capacity),
    cluster: new Int32Array(capacity * MAX_CLUSTER_LEVELS),
    writing: new Uint8Array(capacity),
  };
}

// Character classes, computed once per code unit and cached.
const CLASS_UPPER = 1;
const CLASS_LOWER = 2;
const CLASS_DIGIT = 3;
const CLASS_OTHER = 4;
const charClasses = new Uint8Array(65536);

function charClass(code: number): number {
  let cls = charClasses[code] as number;
  if (cls === 0) {
    if (code >= 48 && code <= 57) cls = CLASS_DIGIT;
    else {
      const ch = String.fromCharCode(code);
      const upper = ch.toUpperCase();
      const lower = ch.toLowerCase();
      cls = upper === lower ? CLASS_OTHER : ch === upper ? CLASS_UPPER : CLASS_LOWER;
    }
    charClasses[code] = cls;
  }
  return cls;
}

const SHAPE_CHAR = [0, 88, 120, 100] as const; // X, x, d by class

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const MAX_AFFIX = 4;

// Padding values for context positions outside the sentence.
const PAD_BEFORE = 0x3c733e | 0;
const PAD_AFTER = 0x3c2f733e | 0;

/** Reads the tokens into `analysis` (resized if needed) and looks them up in `lexicon`. */
export function analyzeSentence(analysis: Analysis, tokens: readonly string[], lexicon: Lexicon): void {
  readTokens(analysis, tokens);
  lookUpLexicon(analysis, lexicon);
}

/** Reads the text of the tokens (hashes, shapes, affixes, capitalisation) into `analysis`, resized if needed. */
export function readTokens(analysis: Analysis, tokens: readonly string[]): void {
  const n = tokens.length;
  if (n > analysis.capacity) Object.assign(analysis, createAnalysis(Math.max(n, analysis.capacity * 2)));
  analysis.length = n;
  const { word, shape, shortShape, prefixes, suffixes, capClass, hyphenFirst, hyphenLast } = analysis;
  let letterTokens = 0;
  let lowercaseTokens = 0;
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as string;
    const len = token.length;
    let wordHash = FNV_OFFSET;
    let shapeHash = FNV_OFFSET;
    let shortHash = FNV_OFFSET;
    let lastShapeChar = -1;
    let run = 0;
    let uppers = 0;
    let lowers = 0;
    let firstClass = 0;
    let hyphenAt = -1;
    let lastHyphen = -1;
    let firstHash = FNV_OFFSET;
    for (let c = 0; c < len; c++) {
      const code = token.charCodeAt(c);
      const cls = charClass(code);
      const folded = foldChar(code);
      if (folded === 45 && hyphenAt < 0 && c > 0 && c < len - 1) {
        hyphenAt = c;
        firstHash = wordHash;
      }
      wordHash = Math.imul(wordHash ^ folded, FNV_PRIME);
      if (c < MAX_AFFIX) prefixes[i * 4 + c] = finalize(mixIn(wordHash, c + 1)) || 1;
      if (c === 0) firstClass = cls;
      if (cls === CLASS_UPPER) uppers++;
      else if (cls === CLASS_LOWER) lowers++;
      const shapeChar = cls === CLASS_OTHER ? folded : (SHAPE_CHAR[cls] as number);
      if (shapeChar === lastShapeChar) run++;
      else {
        run = 1;
        lastShapeChar = shapeChar;
        shortHash = Math.imul(shortHash ^ shapeChar, FNV_PRIME);
      }
      if (run <= 4) shapeHash = Math.imul(shapeHash ^ shapeChar, FNV_PRIME);
      if (folded === 45 && c > 0 && c < len - 1) lastHyphen = c;
    }
    for (let k = len; k < MAX_AFFIX; k++) prefixes[i * 4 + k] = 0;
    // The final prefix equal to the whole word says nothing new.
    if (len <= MAX_AFFIX && len > 0) prefixes[i * 4 + len - 1] = 0;
    let suffixHash = FNV_OFFSET;
    for (let k = 0; k < MAX_AFFIX; k++) {
      if (k < len - 1) {
        suffixHash = Math.imul(suffixHash ^ foldChar(token.charCodeAt(len - 1 - k)), FNV_PRIME);
        suffixes[i * 4 + k] = finalize(mixIn(suffixHash, 100 + k)) || 1;
      } else suffixes[i * 4 + k] = 0;
    }
    word[i] = finalize(wordHash) || 1;
    shape[i] = finalize(mixIn(shapeHash, 1)) || 1;
    shortShape[i] = finalize(mixIn(shortHash, 2)) || 1;
    let cls = CAP_NONE;
    if (uppers + lowers > 0) {
      letterTokens++;
      if (lowers > 0) lowercaseTokens++;
      if (firstClass === CLASS_LOWER) cls = uppers > 0 ? CAP_MIXED : CAP_LOWER;
      else if (lowers === 0) cls = uppers === 1 ? CAP_SINGLE : CAP_UPPER;
      else cls = uppers === 1 && firstClass === CLASS_UPPER ? CAP_TITLE : CAP_MIXED;
    }
    capClass[i] = cls;
    if (hyphenAt > 0) {
      hyphenFirst[i] = finalize(firstHash) || 1;
      let lastHash = FNV_OFFSET;
      for (let c = lastHyphen + 1; c < len; c++) lastHash = Math.imul(lastHash ^ foldChar(token.charCodeAt(c)), FNV_PRIME);
      hyphenLast[i] = finalize(lastHash) || 1;
    } else {
      hyphenFirst[i] = 0;
      hyphenLast[i] = 0;
    }
  }
  analysis.sentenceInCapitals = letterTokens > 0 && lowercaseTokens * 5 < letterTokens ? 1 : 0;
}

function lookUpLexicon(analysis: Analysis, lexicon: Lexicon): void {
  for (let i = 0; i < analysis.length; i++) lookUpToken(analysis, lexicon, i);
  lookUpGazetteer(analysis, lexicon);
}

/** Looks up token i's own word in `lexicon`: seen lowercase, word clusters, the gazetteer types of a hyphen's first part. */
export function lookUpToken(analysis: Analysis, lexicon: Lexicon, i: number): void {
  const { word, hyphenFirst, hyphenFirstTypes, lowercaseWord, cluster } = analysis;
  const levels = lexicon.clusterLevels;
  const w = word[i] as number;
  lowercaseWord[i] = indexOf(lexicon.lowercaseWords, w) >= 0 ? 1 : 0;
  const at = indexOf(lexicon.clusterWords, w);
  for (let level = 0; level < levels; level++) {
    cluster[i * MAX_CLUSTER_LEVELS + level] = at < 0 ? 0 : (lexicon.clusterIds[at * levels + level] as number);
  }
  const first = hyphenFirst[i] as number;
  hyphenFirstTypes[i] = 0;
  if (first !== 0) {
    const entry = indexOf(lexicon.gazetteer, finalize(mixIn(mixIn(SEQUENCE_SEED, first), 1)) || 1);
    if (entry >= 0) hyphenFirstTypes[i] = lexicon.gazetteerTypes[entry] as number;
  }
}

/** Marks the tokens of every gazetteer entry in the sentence: the types of entries a token starts, and (<< 4) continues. */
export function lookUpGazetteer(analysis: Analysis, lexicon: Lexicon): void {
  const n = analysis.length;
  const { word, gazetteer } = analysis;
  const maxLength = lexicon.gazetteerMaxLength;
  gazetteer.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    let h = SEQUENCE_SEED;
    const limit = Math.min(n, i + maxLength);
    for (let j = i; j < limit; j++) {
      h = mixIn(h, word[j] as number);
      const key = finalize(mixIn(h, j - i + 1)) || 1;
      const entry = indexOf(lexicon.gazetteer, key);
      if (entry < 0) continue;
      const types = lexicon.gazetteerTypes[entry] as number;
      gazetteer[i] = (gazetteer[i] as number) | types;
      for (let k = i + 1; k <= j; k++) gazetteer[k] = (gazetteer[k] as number) | (types << 4);
    }
  }
}

/** Fills `analysis.writing` from the document memory: 1 seen capitalised mid-sentence, 2 seen lowercase, 3 both. */
export function readWriting(analysis: Analysis, memory: DocumentMemory | undefined): void {
  const { word, writing } = analysis;
  for (let i = 0; i < analysis.length; i++) {
    const entry = memory?.words.get(word[i] as number);
    writing[i] =
      entry === undefined
        ? 0
        : ((entry[SLOT_CAPITALISED] as number) > 0 ? 1 : 0) | ((entry[SLOT_LOWERCASE] as number) > 0 ? 2 : 0);
  }
}

/**
 * Records in `memory` how the analysed sentence writes its words: capitalised away from the
 * sentence start, or lowercase. A sentence in capitals (a headline) says nothing and is skipped.
 */
export function observeWriting(analysis: Analysis, memory: DocumentMemory): void {
  if (analysis.sentenceInCapitals === 1) return;
  const { word, capClass } = analysis;
  for (let i = 0; i < analysis.length; i++) {
    const cls = capClass[i] as number;
    if (cls === CAP_NONE) continue;
    if (cls === CAP_LOWER) countIn(memoryEntry(memory, word[i] as number), SLOT_LOWERCASE);
    else if (i > 0) countIn(memoryEntry(memory, word[i] as number), SLOT_CAPITALISED);
  }
}

function countIn(entry: Int32Array, slot: number): void {
  entry[slot] = (entry[slot] as number) + 1;
}

/** Records the entity types given to the sentence's capitalised words (slot 0 for O, 1 + type otherwise). */
export function recordTypes(
  words: ArrayLike<number>,
  capClasses: ArrayLike<number>,
  length: number,
  memory: DocumentMemory,
  types: ArrayLike<number>,
): void {
  for (let i = 0; i < length; i++) {
    const cls = capClasses[i] as number;
    if (cls === CAP_NONE || cls === CAP_LOWER) continue;
    countIn(memoryEntry(memory, words[i] as number), (types[i] as number) + 1);
  }
}

// Template numbers. Changing one changes every feature id: retrain after any change here.
const T_BIAS = 1;
const T_WORD = 2;
const T_WORD_PREV = 3;
const T_WORD_NEXT = 4;
const T_WORD_PREV2 = 5;
const T_WORD_NEXT2 = 6;
const T_BIGRAM_PREV = 7;
const T_BIGRAM_NEXT = 8;
const T_SHAPE = 9;
const T_SHORT = 10;
const T_SHORT_PREV = 11;
const T_SHORT_NEXT = 12;
const T_SHORT_PREV2 = 13;
const T_SHORT_NEXT2 = 14;
const T_SHORT_PREV_CUR = 15;
const T_SHORT_CUR_NEXT = 16;
const T_SHORT_TRIGRAM = 17;
const T_PREFIX = 18; // 18..21
const T_SUFFIX = 22; // 22..25
const T_CAP_POSITION = 26;
const T_CAPITALS_SHORT = 27;
const T_WORD_SHORT = 28;
const T_WORD_PREV_SHORT = 29;
const T_SHORT_WORD_NEXT = 30;
const T_HYPHEN_FIRST = 31;
const T_HYPHEN_LAST = 32;
const T_GAZETTEER = 33;
const T_GAZETTEER_PREV = 34;
const T_GAZETTEER_NEXT = 35;
const T_HYPHEN_GAZETTEER = 36;
const T_CLUSTER = 70; // 70..75 by level
const T_CLUSTER_PREV = 41;
const T_CLUSTER_NEXT = 42;
const T_LOWERCASE_WORD = 43;
const T_WRITING = 44;
const T_CAP_WINDOW = 45;
const T_WORD_AROUND = 46;
const T_CLUSTER_PREV2 = 47;
const T_CLUSTER_NEXT2 = 48;
const T_GAZETTEER_PREV2 = 49;
const T_GAZETTEER_NEXT2 = 52;
const T_FIRST = 53;
const T_FIRST_PREV = 54;
const T_FIRST_NEXT = 55;
const T_FIRST_PREV2 = 56;
const T_FIRST_NEXT2 = 57;
const T_FIRST_TRIGRAM = 58;
const T_DOCUMENT = 50;
const T_DOCUMENT_ALL = 51;
const T_DOCUMENT_ALSO = 59;
const T_FIRST_WORD = 67;
const T_LABEL_PREV = 60;
const T_LABEL_PREV2 = 61;
const T_LABEL_PREV_WORD = 62;
const T_LABEL_PREV_SHORT = 63;

/**
 * Token groups: the static features a token contributes that depend on its own text alone, as the token scored
 * (`GROUP_SELF`) or as its neighbour one or two places before or after. They can be scored once per distinct token.
 */
export const GROUP_SELF = 0;
export const GROUP_AS_PREVIOUS = 1;
export const GROUP_AS_NEXT = 2;
export const GROUP_AS_PREVIOUS2 = 3;
export const GROUP_AS_NEXT2 = 4;
export const TOKEN_GROUPS = 5;
/** Where a group's token sits relative to the token scored. */
export const GROUP_OFFSETS: readonly number[] = [0, -1, 1, -2, 2];

/** Writes, from `k` on, the features of token j in `group`; returns the new count. */
export function tokenFeatures(a: Analysis, j: number, group: number, out: Int32Array, k: number): number {
  const { word, shortShape, cluster } = a;
  const w = word[j] as number;
  const short = shortShape[j] as number;
  const clusters = j * MAX_CLUSTER_LEVELS;
  switch (group) {
    case GROUP_SELF: {
      const c0 = a.capClass[j] as number;
      out[k++] = feature1(T_BIAS, 0);
      out[k++] = feature1(T_WORD, w);
      out[k++] = feature1(T_SHAPE, a.shape[j] as number);
      out[k++] = feature1(T_SHORT, short);
      for (let p = 0; p < 4; p++) {
        const prefix = a.prefixes[j * 4 + p] as number;
        if (prefix !== 0) out[k++] = feature1(T_PREFIX + p, prefix);
        const suffix = a.suffixes[j * 4 + p] as number;
        if (suffix !== 0) out[k++] = feature1(T_SUFFIX + p, suffix);
      }
      out[k++] = feature2(T_WORD_SHORT, w, short);
      const first = a.hyphenFirst[j] as number;
      if (first !== 0) {
        out[k++] = feature1(T_HYPHEN_FIRST, first);
        out[k++] = feature1(T_HYPHEN_LAST, a.hyphenLast[j] as number);
        const types = a.hyphenFirstTypes[j] as number;
        if (types !== 0) out[k++] = feature1(T_HYPHEN_GAZETTEER, types);
      }
      for (let level = 0; level < MAX_CLUSTER_LEVELS; level++) {
        const id = cluster[clusters + level] as number;
        if (id !== 0) out[k++] = feature2(T_CLUSTER + level, id, c0);
      }
      return k;
    }
    case GROUP_AS_PREVIOUS:
    case GROUP_AS_NEXT: {
      const previous = group === GROUP_AS_PREVIOUS;
      out[k++] = feature1(previous ? T_WORD_PREV : T_WORD_NEXT, w);
      out[k++] = feature1(previous ? T_SHORT_PREV : T_SHORT_NEXT, short);
      for (let level = 0; level < MAX_CLUSTER_LEVELS; level++) {
        const id = cluster[clusters + level] as number;
        if (id !== 0) out[k++] = feature2(previous ? T_CLUSTER_PREV : T_CLUSTER_NEXT, level, id);
      }
      return k;
    }
    default: {
      const previous = group === GROUP_AS_PREVIOUS2;
      out[k++] = feature1(previous ? T_WORD_PREV2 : T_WORD_NEXT2, w);
      out[k++] = feature1(previous ? T_SHORT_PREV2 : T_SHORT_NEXT2, short);
      const id = cluster[clusters + 1] as number;
      if (id !== 0) out[k++] = feature1(previous ? T_CLUSTER_PREV2 : T_CLUSTER_NEXT2, id);
      return k;
    }
  }
}

/** Writes, from `k` on, the features of a neighbour position outside the sentence in `group`; returns the new count. */
export function paddingFeatures(group: number, out: Int32Array, k: number): number {
  const before = group === GROUP_AS_PREVIOUS || group === GROUP_AS_PREVIOUS2;
  const pad = before ? PAD_BEFORE : PAD_AFTER;
  const near = group === GROUP_AS_PREVIOUS || group === GROUP_AS_NEXT;
  out[k++] = feature1(near ? (before ? T_WORD_PREV : T_WORD_NEXT) : before ? T_WORD_PREV2 : T_WORD_NEXT2, pad);
  out[k++] = feature1(near ? (before ? T_SHORT_PREV : T_SHORT_NEXT) : before ? T_SHORT_PREV2 : T_SHORT_NEXT2, pad);
  return k;
}

/** Where a gazetteer feature's token sits relative to the token scored: itself, before, after, two before, two after. */
export const GAZETTEER_PLACES = 5;
const GAZETTEER_TEMPLATES = [T_GAZETTEER, T_GAZETTEER_PREV, T_GAZETTEER_NEXT, T_GAZETTEER_PREV2, T_GAZETTEER_NEXT2] as const;
/** Gazetteer type bits of a token: four for the entity types of entries it starts, four for those it continues. */
export const GAZETTEER_BITS = 8;
/** Capitalisation classes, and the class of a position outside the sentence. */
export const CAP_CLASSES = 6;
export const CAP_OUTSIDE = 7;

// The features of a few values each, one function per template: the tagger scores each value once, at load time.

/** The token's capitalisation, whether it starts the sentence, and whether the sentence is in capitals. */
export function capPositionFeature(cls: number, first: number, caps: number): number {
  return feature3(T_CAP_POSITION, cls, first, caps);
}

/** The capitalisation of the token and its two neighbours (`CAP_OUTSIDE` beyond the sentence). */
export function capWindowFeature(before: number, cls: number, after: number): number {
  return feature3(T_CAP_WINDOW, before, cls, after);
}

/** One gazetteer type bit of the token at `place`, with whether the scored token is capitalised. */
export function gazetteerFeature(place: number, bit: number, capitalised: number): number {
  return feature2(GAZETTEER_TEMPLATES[place] as number, bit, capitalised);
}

/** Whether the word was seen lowercase in training, its capitalisation, and where it stands (0, 1: first, 2: in capitals). */
export function lowercaseWordFeature(seenLowercase: number, cls: number, where: number): number {
  return feature3(T_LOWERCASE_WORD, seenLowercase, cls, where);
}

/** How the document writes the word elsewhere (`readWriting`), with the token's class and the sentence's capitals. */
export function writingFeature(writing: number, classAndCaps: number): number {
  return feature2(T_WRITING, writing, classAndCaps);
}

/** Writes, from `k` on, token i's static features that join the values of several tokens; returns the new count. */
export function pairFeatures(a: Analysis, i: number, out: Int32Array, k: number): number {
  const n = a.length;
  const { word, shortShape } = a;
  const w0 = word[i] as number;
  const wp = i > 0 ? (word[i - 1] as number) : PAD_BEFORE;
  const wn = i + 1 < n ? (word[i + 1] as number) : PAD_AFTER;
  const s0 = shortShape[i] as number;
  const sp = i > 0 ? (shortShape[i - 1] as number) : PAD_BEFORE;
  const sn = i + 1 < n ? (shortShape[i + 1] as number) : PAD_AFTER;
  out[k++] = feature2(T_BIGRAM_PREV, wp, w0);
  out[k++] = feature2(T_BIGRAM_NEXT, w0, wn);
  out[k++] = feature2(T_SHORT_PREV_CUR, sp, s0);
  out[k++] = feature2(T_SHORT_CUR_NEXT, s0, sn);
  out[k++] = feature3(T_SHORT_TRIGRAM, sp, s0, sn);
  out[k++] = feature2(T_CAPITALS_SHORT, a.sentenceInCapitals, s0);
  out[k++] = feature2(T_WORD_PREV_SHORT, wp, s0);
  out[k++] = feature2(T_SHORT_WORD_NEXT, s0, wn);
  out[k++] = feature2(T_WORD_AROUND, wp, wn);
  return k;
}

/** Writes, from `k` on, token i's static features that join several tokens or read the sentence; returns the new count. */
export function contextFeatures(a: Analysis, i: number, out: Int32Array, k: number): number {
  const n = a.length;
  const { capClass } = a;
  const c0 = capClass[i] as number;
  const cp = i > 0 ? (capClass[i - 1] as number) : CAP_OUTSIDE;
  const cn = i + 1 < n ? (capClass[i + 1] as number) : CAP_OUTSIDE;
  const caps = a.sentenceInCapitals;
  k = pairFeatures(a, i, out, k);
  out[k++] = capPositionFeature(c0, i === 0 ? 1 : 0, caps);
  out[k++] = capWindowFeature(cp, c0, cn);
  const lower0 = c0 === CAP_LOWER ? 0 : 1;
  for (let place = 0; place < GAZETTEER_PLACES; place++) {
    const j = i + (GAZETTEER_OFFSETS[place] as number);
    if (j < 0 || j >= n) continue;
    const bits = a.gazetteer[j] as number;
    for (let bit = 0; bit < GAZETTEER_BITS; bit++) if ((bits & (1 << bit)) !== 0) out[k++] = gazetteerFeature(place, bit, lower0);
  }
  out[k++] = lowercaseWordFeature(a.lowercaseWord[i] as number, c0, i === 0 ? 1 : caps * 2);
  out[k++] = writingFeature(a.writing[i] as number, c0 * 2 + caps);
  return k;
}

/** Where the token of each gazetteer place sits relative to the token scored. */
export const GAZETTEER_OFFSETS: readonly number[] = [0, -1, 1, -2, 2];

/** Writes the ids of token i's features that depend only on the sentence and lexicon; returns how many. */
export function staticFeatures(a: Analysis, i: number, out: Int32Array): number {
  let k = tokenFeatures(a, i, GROUP_SELF, out, 0);
  for (let group = 1; group < TOKEN_GROUPS; group++) {
    const j = i + (GROUP_OFFSETS[group] as number);
    k = j >= 0 && j < a.length ? tokenFeatures(a, j, group, out, k) : paddingFeatures(group, out, k);
  }
  return contextFeatures(a, i, out, k);
}

const FIRST_LABEL_TEMPLATES = [T_FIRST, T_FIRST_PREV, T_FIRST_NEXT, T_FIRST_PREV2, T_FIRST_NEXT2] as const;
/** The slots of a word's document evidence (`DocumentMemory`): 0 for O, 1 + type. */
export const EVIDENCE_SLOTS = 5;

/** The first stage's label at `place` (labels.length: outside the sentence). */
export function firstLabelFeature(place: number, label: number): number {
  return feature1(FIRST_LABEL_TEMPLATES[place] as number, label);
}

export function firstTrigramFeature(before: number, label: number, after: number): number {
  return feature3(T_FIRST_TRIGRAM, before, label, after);
}

export function firstWordFeature(label: number, word: number): number {
  return feature2(T_FIRST_WORD, label, word);
}

/** The slot most often given to the word elsewhere in the document, the token's own, and the sentence's capitals. */
export function documentFeature(best: number, own: number, caps: number): number {
  return feature3(T_DOCUMENT, best, own, caps);
}

/** As `documentFeature` when every other occurrence agrees, with how many there are (up to 3). */
export function documentAllFeature(best: number, own: number, total: number): number {
  return feature3(T_DOCUMENT_ALL, best, own, total > 2 ? 3 : total);
}

/** Another type the word was given elsewhere in the document. */
export function documentAlsoFeature(slot: number, own: number): number {
  return feature2(T_DOCUMENT_ALSO, slot, own);
}

/**
 * Writes the ids of token i's second-stage features: the first stage's labels around it, and the
 * types the first stage gave the same word elsewhere in the document (`memory`, which counts this
 * occurrence too: it is taken out). Returns the new count.
 */
export function stackedFeatures(
  words: ArrayLike<number>,
  capClasses: ArrayLike<number>,
  sentenceInCapitals: number,
  i: number,
  length: number,
  firstLabels: ArrayLike<number>,
  firstTypes: ArrayLike<number>,
  memory: DocumentMemory | undefined,
  labelCount: number,
  out: Int32Array,
  k: number,
): number {
  const l0 = firstLabels[i] as number;
  const lp = i > 0 ? (firstLabels[i - 1] as number) : labelCount;
  const ln = i + 1 < length ? (firstLabels[i + 1] as number) : labelCount;
  const lp2 = i > 1 ? (firstLabels[i - 2] as number) : labelCount;
  const ln2 = i + 2 < length ? (firstLabels[i + 2] as number) : labelCount;
  out[k++] = firstLabelFeature(0, l0);
  out[k++] = firstLabelFeature(1, lp);
  out[k++] = firstLabelFeature(2, ln);
  out[k++] = firstLabelFeature(3, lp2);
  out[k++] = firstLabelFeature(4, ln2);
  out[k++] = firstTrigramFeature(lp, l0, ln);
  out[k++] = firstWordFeature(l0, words[i] as number);
  const c0 = capClasses[i] as number;
  if (memory === undefined || c0 === CAP_NONE || c0 === CAP_LOWER) return k;
  const entry = memory.words.get(words[i] as number);
  if (entry === undefined) return k;
  const own = (firstTypes[i] as number) + 1;
  const { total, best, bestCount } = summarizeEvidence(entry, own);
  if (total <= 0) return k;
  out[k++] = documentFeature(best, own, sentenceInCapitals);
  if (bestCount === total) out[k++] = documentAllFeature(best, own, total);
  for (let slot = 1; slot < EVIDENCE_SLOTS; slot++) {
    if (otherEvidence(entry, slot, own) > 0 && slot !== best) out[k++] = documentAlsoFeature(slot, own);
  }
  return k;
}

/** What the document memory says of a word's other occurrences (this one, of slot `own`, taken out). */
export interface EvidenceSummary {
  total: number;
  /** The slot most often given (-1 when none), and how often. */
  best: number;
  bestCount: number;
}

const summary: EvidenceSummary = { total: 0, best: -1, bestCount: 0 };

/** Sums a memory entry's slots without this occurrence; the answer is reused by the next call. */
export function summarizeEvidence(entry: Int32Array, own: number): Readonly<EvidenceSummary> {
  summary.total = 0;
  summary.best = -1;
  summary.bestCount = 0;
  for (let slot = 0; slot < EVIDENCE_SLOTS; slot++) {
    const count = otherEvidence(entry, slot, own);
    summary.total += count;
    if (count > summary.bestCount) {
      summary.bestCount = count;
      summary.best = slot;
    }
  }
  return summary;
}

/** How often the other occurrences of the word got `slot`. */
export function otherEvidence(entry: Int32Array, slot: number, own: number): number {
  return (entry[slot] as number) - (slot === own ? 1 : 0);
}

/** The label before the token (labels.length: before the sentence). */
export function previousLabelFeature(previous: number): number {
  return feature1(T_LABEL_PREV, previous);
}

export function previousTwoLabelsFeature(previous2: number, previous: number): number {
  return feature2(T_LABEL_PREV2, previous2, previous);
}

/** The ids of the label-and-token features: the previous label with the word, and with its short shape. */
export function previousLabelTokenFeatures(word: number, shortShape: number, previous: number, out: Int32Array, k: number): number {
  out[k++] = feature2(T_LABEL_PREV_WORD, previous, word);
  out[k++] = feature2(T_LABEL_PREV_SHORT, previous, shortShape);
  return k;
}

/** The ids of the features that join the previous two labels (labels.length: before the sentence) with a token. */
export function previousLabelFeatures(
  word: number,
  shortShape: number,
  previous: number,
  previous2: number,
  out: Int32Array,
): void {
  out[0] = previousLabelFeature(previous);
  out[1] = previousTwoLabelsFeature(previous2, previous);
  previousLabelTokenFeatures(word, shortShape, previous, out, 2);
}
export const PREVIOUS_LABEL_FEATURES = 4;
