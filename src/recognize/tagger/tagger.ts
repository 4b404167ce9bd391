// Tags tokens with IOB2 entity labels (PER, LOC, ORG, MISC) using the two trained perceptron stages.
import { clearDocumentMemory, createDocumentMemory, type DocumentMemory } from './document-memory.js';
import {
  CAP_CLASSES,
  CAP_LOWER,
  CAP_NONE,
  CAP_OUTSIDE,
  capPositionFeature,
  capWindowFeature,
  createAnalysis,
  documentAllFeature,
  documentAlsoFeature,
  documentFeature,
  EVIDENCE_SLOTS,
  firstLabelFeature,
  firstTrigramFeature,
  firstWordFeature,
  GAZETTEER_BITS,
  GAZETTEER_OFFSETS,
  GAZETTEER_PLACES,
  gazetteerFeature,
  lookUpGazetteer,
  lookUpToken,
  lowercaseWordFeature,
  MAX_STATIC_FEATURES,
  otherEvidence,
  observeWriting,
  paddingFeatures,
  pairFeatures,
  previousLabelFeature,
  previousLabelTokenFeatures,
  previousTwoLabelsFeature,
  readTokens,
  readWriting,
  recordTypes,
  summarizeEvidence,
  TOKEN_GROUPS,
  tokenFeatures,
  writingFeature,
} from './features.js';
import { hashTokenSequence } from './hash.js';
import { decodeLabels, labelNames, partsPerType, transitionRules } from './labels.js';
import type { TaggerModel } from './model.js';
import { buildScoringTable, findRow, POSITION_BITS, POSITION_MASK, rowEnd, rowStart } from './scoring-table.js';

/** Distinct token texts whose scores are kept (about 700 bytes each); the cache starts again when it is full. */
const TOKEN_CACHE_ENTRIES = 50_000;
/** V8 copies shorter substrings; from this length on, a substring may point into the string it was cut from. */
const SLICED_STRING_MIN = 13;
/** How the document writes a word elsewhere (`readWriting`): four values. */
const WRITINGS = 4;

export interface TagContext {
  /** The memory of the document the sentence belongs to: pass the same one for every sentence of a document, in order. */
  readonly document?: DocumentMemory;
}

export interface Tagger {
  /** IOB2 tags, one per token. */
  tag(tokens: readonly string[], context?: TagContext): string[];
  /**
   * Reads a whole document into `memory` before its sentences are tagged with it (in the same
   * order), so that every sentence, a headline too, benefits from the rest of the document.
   */
  observe(memory: DocumentMemory, sentences: readonly (readonly string[])[]): void;
  /** Tags every sentence of one document, read whole first; faster than `observe` then `tag`. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
}

/** What the second stage needs of a sentence once the first stage has run. */
interface SentenceState {
  length: number;
  word: Int32Array;
  capClass: Uint8Array;
  shortShape: Int32Array;
  sentenceInCapitals: number;
  /** Both stages' sums of the static features: token i, stage s, label l at (i * stages + s) * labels + l. */
  staticScores: Int32Array;
  firstLabels: Int32Array;
  firstTypes: Int32Array;
}

export interface TaggerOptions {
  /** Distinct token texts whose scores are kept (default 50,000); tags never depend on it. */
  readonly tokenCacheEntries?: number;
}

/**
 * The scores are the model's features summed, in integers, in three ways that give the same sums:
 * - a token's features of its own text (its word, shape, affixes, clusters, as the token scored and as a
 *   neighbour) are scored once per distinct token text and kept in a bounded cache;
 * - templates of a few values (capitalisation patterns, gazetteer bits, labels) are scored once per value when
 *   the tagger is made, into dense tables;
 * - the rest (word and shape pairs, a label with a word) are looked up in the sparse table per occurrence.
 */
export function createTagger(model: TaggerModel, options: TaggerOptions = {}): Tagger {
  const cacheEntries = Math.max(1, options.tokenCacheEntries ?? TOKEN_CACHE_ENTRIES);
  let cacheSlots = 16;
  while (cacheSlots < (cacheEntries + 1) * 2) cacheSlots *= 2;
  const { lexicon, scheme } = model;
  const labelCount = labelNames(scheme).length;
  const parts = partsPerType(scheme);
  const table = buildScoringTable(model.stages, labelCount);
  const { entries, stageCount } = table;
  const width = stageCount * labelCount;
  const { allowed, final } = transitionRules(scheme);
  const analysis = createAnalysis();
  const scratchMemory = createDocumentMemory();
  const buffer = new Int32Array(MAX_STATIC_FEATURES);
  const scores = new Int32Array(labelCount);
  const shared: SentenceState = {
    length: 0,
    word: analysis.word,
    capClass: analysis.capClass,
    shortShape: analysis.shortShape,
    sentenceInCapitals: 0,
    staticScores: new Int32Array(0),
    firstLabels: new Int32Array(0),
    firstTypes: new Int32Array(0),
  };
  // Sized by readSentence for the longest sentence read so far.
  let labels = new Int32Array(0);
  let types = new Int32Array(0);

  /** Adds into `target` at `base` the weights of the features in `buffer`, for every stage and label. */
  const addStatic = (target: Int32Array, base: number, count: number): void => {
    for (let f = 0; f < count; f++) {
      const row = findRow(table, buffer[f] as number);
      const end = rowEnd(row);
      for (let e = rowStart(row); e < end; e++) {
        const entry = entries[e] as number;
        const at = base + (entry & POSITION_MASK);
        target[at] = (target[at] as number) + (entry >> POSITION_BITS);
      }
    }
  };

  /** The summed scores of features of few values, for each of `count` values (v's at v * width); `idsOf` gives their ids. */
  const denseTable = (count: number, idsOf: (value: number) => readonly number[]): Int32Array => {
    const dense = new Int32Array(count * width);
    for (let value = 0; value < count; value++) {
      const ids = idsOf(value);
      buffer.set(ids);
      addStatic(dense, value * width, ids.length);
    }
    return dense;
  };
  const capSlots = CAP_OUTSIDE + 1;
  const labelSlots = labelCount + 1; // a label, or outside the sentence
  // A token's own state: capitalisation, sentence start, sentence in capitals, seen lowercase, writing in the document.
  const stateOf = (cls: number, first: number, caps: number, lowercase: number, writing: number): number =>
    (((cls * 2 + first) * 2 + caps) * 2 + lowercase) * WRITINGS + writing;
  const tokenStates = denseTable(CAP_CLASSES * 2 * 2 * 2 * WRITINGS, (v) => {
    const writing = v % WRITINGS;
    const lowercase = ((v / WRITINGS) | 0) & 1;
    const caps = ((v / (WRITINGS * 2)) | 0) & 1;
    const first = ((v / (WRITINGS * 4)) | 0) & 1;
    const cls = (v / (WRITINGS * 8)) | 0;
    return [
      capPositionFeature(cls, first, caps),
      lowercaseWordFeature(lowercase, cls, first === 1 ? 1 : caps * 2),
      writingFeature(writing, cls * 2 + caps),
    ];
  });
  const capWindows = denseTable(capSlots * capSlots * capSlots, (v) => [
    capWindowFeature((v / (capSlots * capSlots)) | 0, ((v / capSlots) | 0) % capSlots, v % capSlots),
  ]);
  const gazetteerBits = denseTable(GAZETTEER_PLACES * GAZETTEER_BITS * 2, (v) => [
    gazetteerFeature((v / (GAZETTEER_BITS * 2)) | 0, ((v >> 1) % GAZETTEER_BITS) | 0, v & 1),
  ]);
  // The previous label alone and with the one before it.
  const previousLabels = denseTable(labelSlots * labelSlots, (v) => [
    previousTwoLabelsFeature((v / labelSlots) | 0, v % labelSlots),
    previousLabelFeature(v % labelSlots),
  ]);
  // The first stage's labels of the token and its neighbours, alone and as a trigram; two places away, alone.
  const firstTrigrams = denseTable(labelSlots * labelSlots * labelSlots, (v) => {
    const before = (v / (labelSlots * labelSlots)) | 0;
    const label = ((v / labelSlots) | 0) % labelSlots;
    const after = v % labelSlots;
    return [firstTrigramFeature(before, label, after), firstLabelFeature(0, label), firstLabelFeature(1, before), firstLabelFeature(2, after)];
  });
  const firstLabelsFar = denseTable(2 * labelSlots, (v) => [firstLabelFeature(3 + ((v / labelSlots) | 0), v % labelSlots)]);
  const evidence = EVIDENCE_SLOTS;
  const documentBest = denseTable(evidence * evidence * 2, (v) => [
    documentFeature((v / (evidence * 2)) | 0, ((v >> 1) % evidence) | 0, v & 1),
  ]);
  const documentAll = denseTable(evidence * evidence * 4, (v) =>
    (v & 3) === 0 ? [] : [documentAllFeature((v / (evidence * 4)) | 0, ((v >> 2) % evidence) | 0, v & 3)],
  );
  const documentAlso = denseTable(evidence * evidence, (v) => [documentAlsoFeature((v / evidence) | 0, v % evidence)]);

  /** Adds vector `value` of `dense` into `target` at `base`, `length` scores from `from`. */
  const addDense = (target: Int32Array, base: number, dense: Int32Array, value: number, from: number, length: number): void => {
    const at = value * width + from;
    for (let l = 0; l < length; l++) target[base + l] = (target[base + l] as number) + (dense[at + l] as number);
  };

  // The token cache: the scores of the features a token gives by its text alone, per group (TOKEN_GROUPS x width),
  // rows of one pool, found by the token's word and shape hashes and its text.
  const rowWidth = TOKEN_GROUPS * width;
  // open addressing, at least twice as many slots as rows; a slot holds row + 1, 0 when empty
  let slotRows = new Int32Array(cacheSlots);
  let slotMask = cacheSlots - 1;
  const rowTexts: string[] = [];
  let rowLowercase = new Uint8Array(1024);
  let pool = new Int32Array(1024 * rowWidth);
  // Row 0 is a position outside the sentence, as a neighbour.
  for (let group = 1; group < TOKEN_GROUPS; group++) addStatic(pool, group * width, paddingFeatures(group, buffer, 0));
  const PADDING_ROW = 0;
  let rowCount = 1;
  let sentenceRows = new Int32Array(64);

  /** Makes room for `more` new rows: starts the cache again when it would pass its bound, grows the pool. */
  const reserveRows = (more: number): void => {
    if (rowCount > 1 && (rowCount + more > cacheEntries || (rowCount + more) * 2 > slotRows.length)) {
      slotRows.fill(0);
      rowTexts.length = 1;
      rowCount = 1;
    }
    // a sentence longer than the cache holds: more slots, for as long as it lasts
    if ((rowCount + more) * 2 > slotRows.length) {
      let slots = slotRows.length;
      while (slots < (rowCount + more) * 2) slots *= 2;
      slotRows = new Int32Array(slots);
      slotMask = slots - 1;
    }
    let capacity = rowLowercase.length;
    while (capacity < rowCount + more) capacity *= 2;
    if (capacity === rowLowercase.length) return;
    const grownPool = new Int32Array(capacity * rowWidth);
    grownPool.set(pool.subarray(0, rowCount * rowWidth));
    pool = grownPool;
    const grownFlags = new Uint8Array(capacity);
    grownFlags.set(rowLowercase.subarray(0, rowCount));
    rowLowercase = grownFlags;
  };

  /** The cache row of token j of the analysed sentence, scored on first sight; sets its lexicon facts the scores need. */
  const rowOf = (token: string, j: number): number => {
    let slot = ((analysis.word[j] as number) ^ Math.imul(analysis.shape[j] as number, 0x9e3779b1)) & slotMask;
    for (;;) {
      const stored = slotRows[slot] as number;
      if (stored === 0) break;
      if (rowTexts[stored - 1] === token) {
        analysis.lowercaseWord[j] = rowLowercase[stored - 1] as number;
        return stored - 1;
      }
      slot = (slot + 1) & slotMask;
    }
    lookUpToken(analysis, lexicon, j);
    const row = rowCount++;
    slotRows[slot] = row + 1;
    // a long token may be a slice that keeps its whole article alive: the cache keeps a copy of its own
    rowTexts[row] = token.length >= SLICED_STRING_MIN ? Array.from(token).join('') : token;
    rowLowercase[row] = analysis.lowercaseWord[j] as number;
    const base = row * rowWidth;
    pool.fill(0, base, base + rowWidth);
    for (let group = 0; group < TOKEN_GROUPS; group++) addStatic(pool, base + group * width, tokenFeatures(analysis, j, group, buffer, 0));
    return row;
  };

  /** Reads a sentence into the shared state: analysis, writing, static scores. */
  const readSentence = (tokens: readonly string[], memory: DocumentMemory): void => {
    const n = tokens.length;
    readTokens(analysis, tokens);
    lookUpGazetteer(analysis, lexicon);
    if (!memory.observedAll) observeWriting(analysis, memory);
    readWriting(analysis, memory);
    if (n > labels.length) {
      const capacity = Math.max(n, labels.length * 2, 64);
      shared.staticScores = new Int32Array(capacity * width);
      shared.firstLabels = new Int32Array(capacity);
      shared.firstTypes = new Int32Array(capacity);
      labels = new Int32Array(capacity);
      types = new Int32Array(capacity);
      sentenceRows = new Int32Array(capacity);
    }
    shared.length = n;
    shared.word = analysis.word;
    shared.capClass = analysis.capClass;
    shared.shortShape = analysis.shortShape;
    const caps = analysis.sentenceInCapitals;
    shared.sentenceInCapitals = caps;
    const staticScores = shared.staticScores;
    reserveRows(n);
    for (let j = 0; j < n; j++) sentenceRows[j] = rowOf(tokens[j] as string, j);
    const { capClass, gazetteer, lowercaseWord, writing } = analysis;
    for (let i = 0; i < n; i++) {
      const base = i * width;
      const c0 = capClass[i] as number;
      const cp = i > 0 ? (capClass[i - 1] as number) : CAP_OUTSIDE;
      const cn = i + 1 < n ? (capClass[i + 1] as number) : CAP_OUTSIDE;
      // the token's own row, its neighbours' rows (padding outside the sentence), its state, its capitalisation window
      const self = (sentenceRows[i] as number) * rowWidth;
      const before = (i > 0 ? (sentenceRows[i - 1] as number) : PADDING_ROW) * rowWidth + width;
      const after = (i + 1 < n ? (sentenceRows[i + 1] as number) : PADDING_ROW) * rowWidth + 2 * width;
      const before2 = (i > 1 ? (sentenceRows[i - 2] as number) : PADDING_ROW) * rowWidth + 3 * width;
      const after2 = (i + 2 < n ? (sentenceRows[i + 2] as number) : PADDING_ROW) * rowWidth + 4 * width;
      const state = stateOf(c0, i === 0 ? 1 : 0, caps, lowercaseWord[i] as number, writing[i] as number) * width;
      const window = ((cp * capSlots + c0) * capSlots + cn) * width;
      for (let l = 0; l < width; l++) {
        staticScores[base + l] =
          (pool[self + l] as number) +
          (pool[before + l] as number) +
          (pool[after + l] as number) +
          (pool[before2 + l] as number) +
          (pool[after2 + l] as number) +
          (tokenStates[state + l] as number) +
          (capWindows[window + l] as number);
      }
      addStatic(staticScores, base, pairFeatures(analysis, i, buffer, 0));
      const lower0 = c0 === CAP_LOWER ? 0 : 1;
      for (let place = 0; place < GAZETTEER_PLACES; place++) {
        const j = i + (GAZETTEER_OFFSETS[place] as number);
        if (j < 0 || j >= n) continue;
        const bits = gazetteer[j] as number;
        if (bits === 0) continue;
        for (let bit = 0; bit < GAZETTEER_BITS; bit++) {
          if ((bits & (1 << bit)) !== 0) addDense(staticScores, base, gazetteerBits, (place * GAZETTEER_BITS + bit) * 2 + lower0, 0, width);
        }
      }
    }
  };

  /** Adds the weights that `stage` gives the features. */
  const addWeights = (stage: number, ids: Int32Array, count: number): void => {
    const low = stage * labelCount;
    for (let f = 0; f < count; f++) {
      const row = findRow(table, ids[f] as number);
      const end = rowEnd(row);
      for (let e = rowStart(row); e < end; e++) {
        const entry = entries[e] as number;
        const label = (entry & POSITION_MASK) - low;
        if (label >= 0 && label < labelCount) scores[label] = (scores[label] as number) + (entry >> POSITION_BITS);
      }
    }
  };

  /**
   * Adds the second stage's features of token i: the first stage's labels around it, and the types the first stage
   * gave the same word elsewhere in the document (`memory` counts this occurrence too: it is taken out).
   */
  const addStacked = (state: SentenceState, i: number, memory: DocumentMemory | undefined): void => {
    const n = state.length;
    const first = state.firstLabels;
    const from = labelCount; // the second stage's scores
    const l0 = first[i] as number;
    const lp = i > 0 ? (first[i - 1] as number) : labelCount;
    const ln = i + 1 < n ? (first[i + 1] as number) : labelCount;
    const lp2 = i > 1 ? (first[i - 2] as number) : labelCount;
    const ln2 = i + 2 < n ? (first[i + 2] as number) : labelCount;
    addDense(scores, 0, firstTrigrams, (lp * labelSlots + l0) * labelSlots + ln, from, labelCount);
    addDense(scores, 0, firstLabelsFar, lp2, from, labelCount);
    addDense(scores, 0, firstLabelsFar, labelSlots + ln2, from, labelCount);
    buffer[0] = firstWordFeature(l0, state.word[i] as number);
    addWeights(1, buffer, 1);
    const c0 = state.capClass[i] as number;
    if (memory === undefined || c0 === CAP_NONE || c0 === CAP_LOWER) return;
    const entry = memory.words.get(state.word[i] as number);
    if (entry === undefined) return;
    const own = (state.firstTypes[i] as number) + 1;
    const { total, best, bestCount } = summarizeEvidence(entry, own);
    if (total <= 0) return;
    addDense(scores, 0, documentBest, (best * evidence + own) * 2 + state.sentenceInCapitals, from, labelCount);
    if (bestCount === total) addDense(scores, 0, documentAll, (best * evidence + own) * 4 + (total > 2 ? 3 : total), from, labelCount);
    for (let slot = 1; slot < evidence; slot++) {
      if (otherEvidence(entry, slot, own) > 0 && slot !== best) addDense(scores, 0, documentAlso, slot * evidence + own, from, labelCount);
    }
  };

  /** Greedy left to right; the second stage also reads the first stage's labels and the document memory. */
  const decode = (stage: number, state: SentenceState, memory: DocumentMemory | undefined, out: Int32Array, outTypes: Int32Array): void => {
    const n = state.length;
    let previous = labelCount;
    let previous2 = labelCount;
    for (let i = 0; i < n; i++) {
      const base = i * width + stage * labelCount;
      for (let l = 0; l < labelCount; l++) scores[l] = state.staticScores[base + l] as number;
      const from = stage * labelCount;
      addDense(scores, 0, previousLabels, previous2 * labelSlots + previous, from, labelCount);
      addWeights(stage, buffer, previousLabelTokenFeatures(state.word[i] as number, state.shortShape[i] as number, previous, buffer, 0));
      if (stage === 1) addStacked(state, i, memory);
      let best = 0;
      let bestScore = -Infinity;
      const rules = previous * labelCount;
      const last = i === n - 1;
      for (let l = 0; l < labelCount; l++) {
        if (allowed[rules + l] === 0 || (last && final[l] === 0)) continue;
        const score = scores[l] as number;
        if (score > bestScore) {
          bestScore = score;
          best = l;
        }
      }
      out[i] = best;
      outTypes[i] = best === 0 ? -1 : ((best - 1) / parts) | 0;
      previous2 = previous;
      previous = best;
    }
  };

  const tag = (tokens: readonly string[], context?: TagContext): string[] => {
    const n = tokens.length;
    if (n === 0) return [];
    const document = context?.document;
    let memory: DocumentMemory;
    if (document === undefined) {
      clearDocumentMemory(scratchMemory);
      memory = scratchMemory;
    } else memory = document;
    readSentence(tokens, memory);
    const observed = memory.observedAll ? memory.observed[memory.cursor] : undefined;
    if (observed !== undefined && observed.labels.length === n && observed.fingerprint === hashTokenSequence(analysis.word, 0, n)) {
      shared.firstLabels.set(observed.labels);
      for (let i = 0; i < n; i++) {
        const label = observed.labels[i] as number;
        shared.firstTypes[i] = label === 0 ? -1 : ((label - 1) / parts) | 0;
      }
      memory.cursor++;
    } else {
      decode(0, shared, undefined, shared.firstLabels, shared.firstTypes);
      if (!memory.observedAll) recordTypes(analysis.word, analysis.capClass, n, memory, shared.firstTypes);
    }
    if (stageCount === 1) return decodeLabels(shared.firstLabels, n, scheme);
    decode(1, shared, memory, labels, types);
    return decodeLabels(labels, n, scheme);
  };

  // Buffers for the states of one document's sentences, reused from document to document.
  const documentInts = arena<Int32Array>((length) => new Int32Array(length), 1 << 16);
  const documentBytes = arena<Uint8Array>((length) => new Uint8Array(length), 1 << 12);
  const keepInts = (values: Int32Array, length: number): Int32Array => documentInts.keep(values.subarray(0, length));
  const keepBytes = (values: Uint8Array, length: number): Uint8Array => documentBytes.keep(values.subarray(0, length));

  /** Records the document's writing, then tags it with the first stage; keeps each sentence's state if asked. */
  const readDocument = (memory: DocumentMemory, sentences: readonly (readonly string[])[], keep: boolean): SentenceState[] => {
    for (const tokens of sentences) {
      readTokens(analysis, tokens);
      observeWriting(analysis, memory);
    }
    memory.observedAll = true;
    const states: SentenceState[] = [];
    documentInts.reset();
    documentBytes.reset();
    for (const tokens of sentences) {
      const n = tokens.length;
      readSentence(tokens, memory);
      decode(0, shared, undefined, shared.firstLabels, shared.firstTypes);
      recordTypes(analysis.word, analysis.capClass, n, memory, shared.firstTypes);
      if (!keep) {
        memory.observed.push({ fingerprint: hashTokenSequence(analysis.word, 0, n), labels: shared.firstLabels.slice(0, n) });
        continue;
      }
      // views on the document's buffers: the sentences' states live until the document is tagged
      states.push({
        length: n,
        word: keepInts(analysis.word, n),
        capClass: keepBytes(analysis.capClass, n),
        shortShape: keepInts(analysis.shortShape, n),
        sentenceInCapitals: analysis.sentenceInCapitals,
        staticScores: keepInts(shared.staticScores, n * width),
        firstLabels: keepInts(shared.firstLabels, n),
        firstTypes: keepInts(shared.firstTypes, n),
      });
    }
    memory.cursor = memory.observed.length;
    return states;
  };

  return {
    tag,
    observe(memory, sentences) {
      const from = memory.observed.length;
      readDocument(memory, sentences, false);
      memory.cursor = from;
    },
    tagDocument(sentences) {
      const memory = createDocumentMemory();
      const states = readDocument(memory, sentences, true);
      return states.map((state) => {
        if (state.length === 0) return [];
        if (stageCount === 1) return decodeLabels(state.firstLabels, state.length, scheme);
        decode(1, state, memory, labels, types);
        return decodeLabels(labels, state.length, scheme);
      });
    },
  };
}

interface Arena<T extends Int32Array | Uint8Array> {
  /** A copy of `values` in the arena, valid until `reset`. */
  keep(values: T): T;
  /** Starts filling the arena again from its beginning. */
  reset(): void;
}

/** Copies kept in one buffer; a full buffer is replaced by a larger one, and the copies already taken keep the old. */
function arena<T extends Int32Array | Uint8Array>(make: (length: number) => T, initial: number): Arena<T> {
  let buffer = make(initial);
  let used = 0;
  return {
    keep(values) {
      if (used + values.length > buffer.length) {
        buffer = make(Math.max(values.length, buffer.length * 2));
        used = 0;
      }
      const view = buffer.subarray(used, used + values.length) as T;
      view.set(values);
      used += values.length;
      return view;
    },
    reset() {
      used = 0;
    },
  };
}
