// Tags tokens with IOB2 entity labels (PER, LOC, ORG, MISC) using the two trained perceptron stages.
import { clearDocumentMemory, createDocumentMemory, type DocumentMemory } from './document-memory.js';
import {
  analyzeSentence,
  createAnalysis,
  MAX_STATIC_FEATURES,
  observeWriting,
  PREVIOUS_LABEL_FEATURES,
  previousLabelFeatures,
  readTokens,
  readWriting,
  recordTypes,
  stackedFeatures,
  staticFeatures,
} from './features.js';
import { hashTokenSequence } from './hash.js';
import { decodeLabels, labelNames, partsPerType, transitionRules } from './labels.js';
import type { TaggerModel } from './model.js';
import { buildScoringTable, findRow, POSITION_BITS, POSITION_MASK, rowEnd, rowStart } from './scoring-table.js';

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
    for (let i = 0; i < n; i++) {
      const base = i * width;
      staticScores.fill(0, base, base + width);
      const count = staticFeatures(analysis, i, buffer);
      for (let f = 0; f < count; f++) {
        const row = findRow(table, buffer[f] as number);
        const end = rowEnd(row);
        for (let e = rowStart(row); e < end; e++) {
          const entry = entries[e] as number;
          const at = base + (entry & POSITION_MASK);
          staticScores[at] = (staticScores[at] as number) + (entry >> POSITION_BITS);
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
