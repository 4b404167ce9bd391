// Tags tokens with IOB2 entity labels (PER, LOC, ORG, MISC) using the two trained perceptron stages.
import { clearDocumentMemory, createDocumentMemory, type DocumentMemory } from './document-memory.js';
import {
  analyzeSentence,
  contextFeatures,
  createAnalysis,
  GROUP_OFFSETS,
  MAX_STATIC_FEATURES,
  paddingFeatures,
  observeWriting,
  PREVIOUS_LABEL_FEATURES,
  previousLabelFeatures,
  readTokens,
  readWriting,
  recordTypes,
  stackedFeatures,
  TOKEN_GROUPS,
  tokenFeatures,
} from './features.js';
import { hashTokenSequence } from './hash.js';
import { decodeLabels, labelNames, partsPerType, transitionRules } from './labels.js';
import type { TaggerModel } from './model.js';
import { buildScoringTable, findRow, POSITION_BITS, POSITION_MASK, rowEnd, rowStart } from './scoring-table.js';

/** Distinct token texts whose scores are kept: about 360 bytes each. */
const TOKEN_CACHE_ENTRIES = 50_000;

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

export function createTagger(model: TaggerModel): Tagger {
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
  const labelFeatures = new Int32Array(PREVIOUS_LABEL_FEATURES);
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

  // The scores of the features a token gives by its text alone, per group, kept per distinct token text: most of a
  // token's static features, looked up once per word instead of once per occurrence. Bounded; cleared when full.
  const tokenScores = new Map<string, Int32Array>();
  const paddingScores = new Int32Array(TOKEN_GROUPS * width);
  for (let group = 1; group < TOKEN_GROUPS; group++) addStatic(paddingScores, group * width, paddingFeatures(group, buffer, 0));
  let sentenceScores: Int32Array[] = [];
  const scoresOf = (token: string, j: number): Int32Array => {
    let scores = tokenScores.get(token);
    if (scores === undefined) {
      scores = new Int32Array(TOKEN_GROUPS * width);
      for (let group = 0; group < TOKEN_GROUPS; group++) addStatic(scores, group * width, tokenFeatures(analysis, j, group, buffer, 0));
      if (tokenScores.size >= TOKEN_CACHE_ENTRIES) tokenScores.clear();
      tokenScores.set(token, scores);
    }
    return scores;
  };

  /** Reads a sentence into the shared state: analysis, writing, static scores. */
  const readSentence = (tokens: readonly string[], memory: DocumentMemory): void => {
    const n = tokens.length;
    analyzeSentence(analysis, tokens, lexicon);
    if (!memory.observedAll) observeWriting(analysis, memory);
    readWriting(analysis, memory);
    if (n > labels.length) {
      const capacity = Math.max(n, labels.length * 2, 64);
      shared.staticScores = new Int32Array(capacity * width);
      shared.firstLabels = new Int32Array(capacity);
      shared.firstTypes = new Int32Array(capacity);
      labels = new Int32Array(capacity);
      types = new Int32Array(capacity);
    }
    shared.length = n;
    shared.word = analysis.word;
    shared.capClass = analysis.capClass;
    shared.shortShape = analysis.shortShape;
    shared.sentenceInCapitals = analysis.sentenceInCapitals;
    const staticScores = shared.staticScores;
    if (sentenceScores.length < n) sentenceScores = new Array<Int32Array>(n);
    for (let i = 0; i < n; i++) sentenceScores[i] = scoresOf(tokens[i] as string, i);
    for (let i = 0; i < n; i++) {
      const base = i * width;
      for (let group = 0; group < TOKEN_GROUPS; group++) {
        const j = i + (GROUP_OFFSETS[group] as number);
        const scores = j >= 0 && j < n ? (sentenceScores[j] as Int32Array) : paddingScores;
        const from = group * width;
        if (group === 0) for (let l = 0; l < width; l++) staticScores[base + l] = scores[from + l] as number;
        else for (let l = 0; l < width; l++) staticScores[base + l] = (staticScores[base + l] as number) + (scores[from + l] as number);
      }
      addStatic(staticScores, base, contextFeatures(analysis, i, buffer, 0));
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

  /** Greedy left to right; the second stage also reads the first stage's labels and the document memory. */
  const decode = (stage: number, state: SentenceState, memory: DocumentMemory | undefined, out: Int32Array, outTypes: Int32Array): void => {
    const n = state.length;
    let previous = labelCount;
    let previous2 = labelCount;
    for (let i = 0; i < n; i++) {
      const base = i * width + stage * labelCount;
      for (let l = 0; l < labelCount; l++) scores[l] = state.staticScores[base + l] as number;
      if (stage === 1) {
        const count = stackedFeatures(
          state.word,
          state.capClass,
          state.sentenceInCapitals,
          i,
          n,
          state.firstLabels,
          state.firstTypes,
          memory,
          labelCount,
          buffer,
          0,
        );
        addWeights(stage, buffer, count);
      }
      previousLabelFeatures(state.word[i] as number, state.shortShape[i] as number, previous, previous2, labelFeatures);
      addWeights(stage, labelFeatures, PREVIOUS_LABEL_FEATURES);
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

  /** Records the document's writing, then tags it with the first stage; keeps each sentence's state if asked. */
  const readDocument = (memory: DocumentMemory, sentences: readonly (readonly string[])[], keep: boolean): SentenceState[] => {
    for (const tokens of sentences) {
      readTokens(analysis, tokens);
      observeWriting(analysis, memory);
    }
    memory.observedAll = true;
    const states: SentenceState[] = [];
    for (const tokens of sentences) {
      const n = tokens.length;
      readSentence(tokens, memory);
      decode(0, shared, undefined, shared.firstLabels, shared.firstTypes);
      recordTypes(analysis.word, analysis.capClass, n, memory, shared.firstTypes);
      memory.observed.push({ fingerprint: hashTokenSequence(analysis.word, 0, n), labels: shared.firstLabels.slice(0, n) });
      if (keep) {
        states.push({
          length: n,
          word: analysis.word.slice(0, n),
          capClass: analysis.capClass.slice(0, n),
          shortShape: analysis.shortShape.slice(0, n),
          sentenceInCapitals: analysis.sentenceInCapitals,
          staticScores: shared.staticScores.slice(0, n * width),
          firstLabels: shared.firstLabels.slice(0, n),
          firstTypes: shared.firstTypes.slice(0, n),
        });
      }
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
