// Trains the tagger's two stages (greedy averaged perceptrons) and derives its word lists from the training text.
import { createDocumentMemory, type DocumentMemory } from './document-memory.js';
import {
  analyzeSentence,
  CAP_LOWER,
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
import { hashToken, hashTokenSequence } from './hash.js';
import { ENTITY_TYPES, encodeTags, type LabelScheme, labelNames, partsPerType, transitionRules } from './labels.js';
import { buildLexicon, type LexiconData, sparseStage, type StageWeights, type TaggerModel } from './model.js';

export interface TrainingSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

export interface TrainingDocument {
  readonly sentences: readonly TrainingSentence[];
}

/** Word clusters to use as features: ids[position * levels + level] for words[position] (hashToken values). */
export interface WordClusters {
  readonly words: Int32Array;
  readonly ids: Int32Array;
  readonly levels: number;
}

export interface TrainingOptions {
  readonly scheme: LabelScheme;
  /** Most epochs of each stage; the best epoch on `evaluate` is kept. */
  readonly epochs: number;
  readonly secondEpochs: number;
  /** The gazetteer a training document sees is built from the other folds, as unseen text sees the whole one. */
  readonly folds: number;
  /** The first-stage labels the second stage learns from come from models that did not see the document. */
  readonly stackFolds: number;
  readonly seed: number;
  /** Share of training documents read whole before tagging (as `tagDocument` does); the rest go sentence by sentence. */
  readonly observeShare: number;
  /** Entity names longer than this many tokens stay out of the gazetteer. */
  readonly gazetteerMaxLength: number;
  /** A word joins the lowercase-word list when written lowercase at least this often. */
  readonly minLowercaseCount: number;
  readonly clusters?: WordClusters;
  /** Scores a snapshot after each epoch (higher is better). */
  readonly evaluate?: (model: TaggerModel, stage: 1 | 2, epoch: number) => number;
  readonly log?: (line: string) => void;
}

export interface TrainingResult {
  readonly model: TaggerModel;
  readonly epochs: readonly [number, number];
  readonly scores: readonly [readonly number[], readonly number[]];
}

/** Feature ids of every token of a sentence, flat, token i at [offsets[i], offsets[i + 1]). */
interface FeatureLists {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

interface CachedSentence extends FeatureLists {
  readonly length: number;
  readonly word: Int32Array;
  readonly shortShape: Int32Array;
  readonly capClass: Uint8Array;
  readonly sentenceInCapitals: number;
  readonly gold: Int32Array;
}

interface CachedDocument {
  readonly sentences: readonly CachedSentence[];
  /** Read whole before tagging, or sentence by sentence. */
  readonly observed: boolean;
}

/** Every feature seen in training gets a row number, shared by the two stages. */
interface FeatureIndex {
  readonly rowOf: Map<number, number>;
  keys: Int32Array;
  rows: number;
}

/** One stage's weights being learnt: integer weights plus the running sums that give their averages. */
interface Weights {
  current: Int32Array;
  sums: Float64Array;
  capacity: number;
  instances: number;
}

interface Setting {
  readonly labelCount: number;
  readonly parts: number;
  readonly allowed: Uint8Array;
  readonly final: Uint8Array;
  readonly index: FeatureIndex;
}

export function trainTagger(documents: readonly TrainingDocument[], options: TrainingOptions): TrainingResult {
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const scheme = options.scheme;
  const labelCount = labelNames(scheme).length;
  const { allowed, final } = transitionRules(scheme);
  const index: FeatureIndex = { rowOf: new Map(), keys: new Int32Array(1 << 16), rows: 0 };
  const setting: Setting = { labelCount, parts: partsPerType(scheme), allowed, final, index };

  const lexiconParts = {
    lowercaseWords: lowercaseWords(documents, options.minLowercaseCount),
    clusterWords: options.clusters?.words ?? new Int32Array(0),
    clusterIds: options.clusters?.ids ?? new Int32Array(0),
    clusterLevels: options.clusters?.levels ?? 0,
    gazetteerMaxLength: options.gazetteerMaxLength,
  };
  const lexicon = buildLexicon({ ...lexiconParts, ...gazetteer(documents, options.gazetteerMaxLength) });
  const foldLexicons = Array.from({ length: options.folds }, (_, fold) =>
    buildLexicon({
      ...lexiconParts,
      ...gazetteer(
        documents.filter((_, d) => d % options.folds !== fold),
        options.gazetteerMaxLength,
      ),
    }),
  );
  const cached = documents.map((document, d) =>
    cacheDocument(document, foldLexicons[d % options.folds] ?? lexicon, random() < options.observeShare, scheme, index),
  );
  log(`read ${documents.length} documents, ${index.rows} static features`);
  const all = documents.map((_, d) => d);

  // Stage 1 on everything, to choose its epochs and to tag unseen text.
  const firstScores: number[] = [];
  let first: StageWeights | undefined;
  let firstEpochs = 0;
  trainEpochs(setting, newWeights(), cached, all, options.epochs, undefined, random, (epoch, weights) => {
    const snapshot = stageSnapshot(setting, weights);
    const model: TaggerModel = { scheme, stages: [snapshot], lexicon };
    const score = options.evaluate?.(model, 1, epoch) ?? epoch;
    firstScores.push(score);
    log(`stage 1 epoch ${epoch}: score ${score.toFixed(4)}`);
    if (first === undefined || score > (firstScores[firstEpochs - 1] ?? -Infinity)) {
      first = snapshot;
      firstEpochs = epoch;
    }
  });
  if (first === undefined) throw new Error('trainTagger needs at least one epoch');
  const firstStage: StageWeights = first;

  // Stage 1 again per fold, to label each training document as unseen text would be labelled.
  const firstLabels: Int32Array[][] = cached.map((document) => document.sentences.map((s) => new Int32Array(s.length)));
  for (let fold = 0; fold < options.stackFolds; fold++) {
    const inFold = all.filter((d) => d % options.stackFolds === fold);
    const others = all.filter((d) => d % options.stackFolds !== fold);
    const weights = newWeights();
    trainEpochs(setting, weights, cached, others, firstEpochs, undefined, random, undefined);
    const averaged = averagedWeights(setting, weights);
    for (const d of inFold) {
      (cached[d] as CachedDocument).sentences.forEach((sentence, s) => {
        predictSentence(setting, averaged, sentence, undefined, firstLabels[d]?.[s] as Int32Array);
      });
    }
    log(`stage 1 fold ${fold + 1}/${options.stackFolds} labelled`);
  }

  const stacked = cached.map((document, d) => cacheStacked(setting, document, firstLabels[d] as Int32Array[]));
  const secondScores: number[] = [];
  let second: StageWeights | undefined;
  let secondEpochs = 0;
  trainEpochs(setting, newWeights(), cached, all, options.secondEpochs, stacked, random, (epoch, weights) => {
    const snapshot = stageSnapshot(setting, weights);
    const model: TaggerModel = { scheme, stages: [firstStage, snapshot], lexicon };
    const score = options.evaluate?.(model, 2, epoch) ?? epoch;
    secondScores.push(score);
    log(`stage 2 epoch ${epoch}: score ${score.toFixed(4)}`);
    if (second === undefined || score > (secondScores[secondEpochs - 1] ?? -Infinity)) {
      second = snapshot;
      secondEpochs = epoch;
    }
  });
  if (second === undefined) throw new Error('trainTagger needs at least one second-stage epoch');
  return {
    model: { scheme, stages: [firstStage, second], lexicon },
    epochs: [firstEpochs, secondEpochs],
    scores: [firstScores, secondScores],
  };
}

function cacheDocument(
  document: TrainingDocument,
  lexicon: TaggerModel['lexicon'],
  observed: boolean,
  scheme: LabelScheme,
  index: FeatureIndex,
): CachedDocument {
  const analysis = createAnalysis();
  const buffer = new Int32Array(MAX_STATIC_FEATURES);
  const memory = createDocumentMemory();
  if (observed) {
    for (const sentence of document.sentences) {
      readTokens(analysis, sentence.tokens);
      observeWriting(analysis, memory);
    }
  }
  const sentences = document.sentences.map((sentence) => {
    analyzeSentence(analysis, sentence.tokens, lexicon);
    if (!observed) observeWriting(analysis, memory);
    readWriting(analysis, memory);
    const n = analysis.length;
    const offsets = new Int32Array(n + 1);
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const count = staticFeatures(analysis, i, buffer);
      for (let f = 0; f < count; f++) ids.push(rowFor(index, buffer[f] as number));
      offsets[i + 1] = ids.length;
    }
    return {
      length: n,
      ids: Int32Array.from(ids),
      offsets,
      word: analysis.word.slice(0, n),
      shortShape: analysis.shortShape.slice(0, n),
      capClass: analysis.capClass.slice(0, n),
      sentenceInCapitals: analysis.sentenceInCapitals,
      gold: encodeTags(sentence.tags, scheme),
    };
  });
  return { sentences, observed };
}

/** The second stage's features of a document, from its first-stage labels (fixed, so read once). */
function cacheStacked(setting: Setting, document: CachedDocument, labels: readonly Int32Array[]): FeatureLists[] {
  const memory: DocumentMemory = createDocumentMemory();
  const typesOf = (sentenceLabels: Int32Array): Int32Array =>
    sentenceLabels.map((label) => (label === 0 ? -1 : ((label - 1) / setting.parts) | 0));
  const record = (s: number): void => {
    const sentence = document.sentences[s] as CachedSentence;
    recordTypes(sentence.word, sentence.capClass, sentence.length, memory, typesOf(labels[s] as Int32Array));
  };
  if (document.observed) document.sentences.forEach((_, s) => record(s));
  const buffer = new Int32Array(64);
  return document.sentences.map((sentence, s) => {
    if (!document.observed) record(s);
    const sentenceLabels = labels[s] as Int32Array;
    const types = typesOf(sentenceLabels);
    const offsets = new Int32Array(sentence.length + 1);
    const ids: number[] = [];
    for (let i = 0; i < sentence.length; i++) {
      const count = stackedFeatures(
        sentence.word,
        sentence.capClass,
        sentence.sentenceInCapitals,
        i,
        sentence.length,
        sentenceLabels,
        types,
        memory,
        setting.labelCount,
        buffer,
        0,
      );
      for (let f = 0; f < count; f++) ids.push(rowFor(setting.index, buffer[f] as number));
      offsets[i + 1] = ids.length;
    }
    return { ids: Int32Array.from(ids), offsets };
  });
}

/** Perceptron epochs over the listed documents, tagging greedily and updating on each wrong label. */
function trainEpochs(
  setting: Setting,
  weights: Weights,
  documents: readonly CachedDocument[],
  chosen: readonly number[],
  epochs: number,
  stacked: readonly FeatureLists[][] | undefined,
  random: () => number,
  afterEpoch: ((epoch: number, weights: Weights) => void) | undefined,
): void {
  const { labelCount, allowed, final, index } = setting;
  const start = labelCount;
  const scores = new Float64Array(labelCount);
  const rows = new Int32Array(MAX_STATIC_FEATURES + 64 + PREVIOUS_LABEL_FEATURES);
  const labelFeatures = new Int32Array(PREVIOUS_LABEL_FEATURES);
  const order = [...chosen];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    for (const d of order) {
      const document = documents[d] as CachedDocument;
      document.sentences.forEach((sentence, s) => {
        const extra = stacked?.[d]?.[s];
        let previous = start;
        let previous2 = start;
        for (let i = 0; i < sentence.length; i++) {
          let count = 0;
          for (let r = sentence.offsets[i] as number; r < (sentence.offsets[i + 1] as number); r++) rows[count++] = sentence.ids[r] as number;
          if (extra !== undefined) {
            for (let r = extra.offsets[i] as number; r < (extra.offsets[i + 1] as number); r++) rows[count++] = extra.ids[r] as number;
          }
          previousLabelFeatures(sentence.word[i] as number, sentence.shortShape[i] as number, previous, previous2, labelFeatures);
          for (let f = 0; f < PREVIOUS_LABEL_FEATURES; f++) rows[count++] = rowFor(index, labelFeatures[f] as number);
          ensureCapacity(weights, index.rows, labelCount);
          const current = weights.current;
          scores.fill(0);
          for (let f = 0; f < count; f++) {
            const base = (rows[f] as number) * labelCount;
            for (let l = 0; l < labelCount; l++) scores[l] = (scores[l] as number) + (current[base + l] as number);
          }
          const guess = bestLabel(scores, allowed, final, previous, i === sentence.length - 1, labelCount);
          const gold = sentence.gold[i] as number;
          if (guess !== gold) {
            const sums = weights.sums;
            const stamp = weights.instances;
            for (let f = 0; f < count; f++) {
              const base = (rows[f] as number) * labelCount;
              current[base + gold] = (current[base + gold] as number) + 1;
              sums[base + gold] = (sums[base + gold] as number) + stamp;
              current[base + guess] = (current[base + guess] as number) - 1;
              sums[base + guess] = (sums[base + guess] as number) - stamp;
            }
          }
          weights.instances++;
          previous2 = previous;
          previous = guess;
        }
      });
    }
    afterEpoch?.(epoch, weights);
  }
}

/** Tags a cached sentence greedily with averaged weights (first stage when `extra` is absent). */
function predictSentence(
  setting: Setting,
  averaged: Float32Array,
  sentence: CachedSentence,
  extra: FeatureLists | undefined,
  out: Int32Array,
): void {
  const { labelCount, allowed, final, index } = setting;
  const scores = new Float64Array(labelCount);
  const labelFeatures = new Int32Array(PREVIOUS_LABEL_FEATURES);
  const rows = averaged.length / labelCount;
  const add = (row: number): void => {
    if (row < 0 || row >= rows) return;
    const base = row * labelCount;
    for (let l = 0; l < labelCount; l++) scores[l] = (scores[l] as number) + (averaged[base + l] as number);
  };
  let previous = labelCount;
  let previous2 = labelCount;
  for (let i = 0; i < sentence.length; i++) {
    scores.fill(0);
    for (let r = sentence.offsets[i] as number; r < (sentence.offsets[i + 1] as number); r++) add(sentence.ids[r] as number);
    if (extra !== undefined) for (let r = extra.offsets[i] as number; r < (extra.offsets[i + 1] as number); r++) add(extra.ids[r] as number);
    previousLabelFeatures(sentence.word[i] as number, sentence.shortShape[i] as number, previous, previous2, labelFeatures);
    for (let f = 0; f < PREVIOUS_LABEL_FEATURES; f++) add(index.rowOf.get(labelFeatures[f] as number) ?? -1);
    const guess = bestLabel(scores, allowed, final, previous, i === sentence.length - 1, labelCount);
    out[i] = guess;
    previous2 = previous;
    previous = guess;
  }
}

function bestLabel(
  scores: Float64Array,
  allowed: Uint8Array,
  final: Uint8Array,
  previous: number,
  last: boolean,
  labelCount: number,
): number {
  let best = 0;
  let bestScore = -Infinity;
  const rules = previous * labelCount;
  for (let l = 0; l < labelCount; l++) {
    if (allowed[rules + l] === 0 || (last && final[l] === 0)) continue;
    if ((scores[l] as number) > bestScore) {
      bestScore = scores[l] as number;
      best = l;
    }
  }
  return best;
}

function rowFor(index: FeatureIndex, feature: number): number {
  let row = index.rowOf.get(feature);
  if (row !== undefined) return row;
  row = index.rows++;
  if (row >= index.keys.length) {
    const keys = new Int32Array(index.keys.length * 2);
    keys.set(index.keys);
    index.keys = keys;
  }
  index.keys[row] = feature;
  index.rowOf.set(feature, row);
  return row;
}

function newWeights(): Weights {
  return { current: new Int32Array(0), sums: new Float64Array(0), capacity: 0, instances: 1 };
}

function ensureCapacity(weights: Weights, rows: number, labelCount: number): void {
  if (rows <= weights.capacity) return;
  const capacity = Math.max(rows, weights.capacity * 2, 1 << 16);
  const current = new Int32Array(capacity * labelCount);
  current.set(weights.current);
  const sums = new Float64Array(capacity * labelCount);
  sums.set(weights.sums);
  weights.current = current;
  weights.sums = sums;
  weights.capacity = capacity;
}

/** Averaged weights by row: w - sums / instances. */
function averagedWeights(setting: Setting, weights: Weights): Float32Array {
  const size = Math.min(weights.capacity, setting.index.rows) * setting.labelCount;
  const averaged = new Float32Array(size);
  for (let i = 0; i < size; i++) averaged[i] = (weights.current[i] as number) - (weights.sums[i] as number) / weights.instances;
  return averaged;
}

/** The averaged weights that are not zero, keyed by feature id. */
function stageSnapshot(setting: Setting, weights: Weights): StageWeights {
  const averaged = averagedWeights(setting, weights);
  return sparseStage(setting.index.keys.subarray(0, averaged.length / setting.labelCount), averaged, setting.labelCount);
}

/** Entity names of the documents, keyed like `hashTokenSequence`, with a bit per type seen. */
export function gazetteer(
  documents: readonly TrainingDocument[],
  maxLength: number,
): Pick<LexiconData, 'gazetteerKeys' | 'gazetteerTypes'> {
  const types = new Map<number, number>();
  for (const document of documents) {
    for (const sentence of document.sentences) {
      const hashes = sentence.tokens.map(hashToken);
      let startAt = -1;
      let type = '';
      const close = (end: number): void => {
        if (startAt >= 0 && end - startAt <= maxLength) {
          const bit = 1 << ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]);
          const key = hashTokenSequence(hashes, startAt, end);
          types.set(key, (types.get(key) ?? 0) | bit);
        }
        startAt = -1;
      };
      sentence.tags.forEach((tag, i) => {
        if (tag === 'O') return close(i);
        if (tag.startsWith('B-') || tag.slice(2) !== type || startAt < 0) {
          close(i);
          startAt = i;
          type = tag.slice(2);
        }
      });
      close(sentence.tags.length);
    }
  }
  const keys = Int32Array.from(types.keys());
  return { gazetteerKeys: keys, gazetteerTypes: Uint8Array.from(keys, (key) => types.get(key) ?? 0) };
}

/** Words written in lowercase at least `minCount` times. */
export function lowercaseWords(documents: readonly TrainingDocument[], minCount: number): Int32Array {
  const counts = new Map<number, number>();
  const analysis = createAnalysis();
  for (const document of documents) {
    for (const sentence of document.sentences) {
      readTokens(analysis, sentence.tokens);
      for (let i = 0; i < analysis.length; i++) {
        if (analysis.capClass[i] !== CAP_LOWER) continue;
        const word = analysis.word[i] as number;
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return Int32Array.from([...counts].filter(([, count]) => count >= minCount).map(([word]) => word));
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
}
