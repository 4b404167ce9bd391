// The trained tagger as data: feature weights and word lists, ready to be indexed for tagging.
import type { Lexicon } from './features.js';
import { buildIntIndex } from './int-table.js';
import type { LabelScheme } from './labels.js';

/**
 * The non-zero weights of one stage, by feature: feature f (an id from features.ts) has counts[f]
 * weights, the next ones in (labels, values) after those of the features before it.
 */
export interface StageWeights {
  readonly featureKeys: Int32Array;
  readonly counts: Uint8Array;
  readonly labels: Uint8Array;
  readonly values: Float32Array;
}

/** The sparse form of dense rows (weights[row * labelCount + label]), leaving out zeros and empty rows. */
export function sparseStage(featureKeys: Int32Array, weights: Float32Array, labelCount: number): StageWeights {
  const keys: number[] = [];
  const counts: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  for (let row = 0; row < featureKeys.length; row++) {
    let count = 0;
    for (let l = 0; l < labelCount; l++) {
      const w = weights[row * labelCount + l] as number;
      if (w === 0) continue;
      labels.push(l);
      values.push(w);
      count++;
    }
    if (count === 0) continue;
    keys.push(featureKeys[row] as number);
    counts.push(count);
  }
  return { featureKeys: Int32Array.from(keys), counts: Uint8Array.from(counts), labels: Uint8Array.from(labels), values: Float32Array.from(values) };
}

/**
 * Two greedy left-to-right perceptrons: the first tags from the text alone, the second also sees the
 * first one's labels around each token and across the document.
 */
export interface TaggerModel {
  readonly scheme: LabelScheme;
  readonly stages: readonly [StageWeights] | readonly [StageWeights, StageWeights];
  readonly lexicon: Lexicon;
}

/** The word lists of a lexicon as plain arrays, the way they are stored and built. */
export interface LexiconData {
  readonly gazetteerKeys: Int32Array;
  readonly gazetteerTypes: Uint8Array;
  readonly gazetteerMaxLength: number;
  readonly lowercaseWords: Int32Array;
  readonly clusterWords: Int32Array;
  readonly clusterIds: Int32Array;
  readonly clusterLevels: number;
}

export function buildLexicon(data: LexiconData): Lexicon {
  return {
    gazetteer: buildIntIndex(data.gazetteerKeys),
    gazetteerTypes: data.gazetteerTypes,
    gazetteerMaxLength: data.gazetteerMaxLength,
    lowercaseWords: buildIntIndex(data.lowercaseWords),
    clusterWords: buildIntIndex(data.clusterWords),
    clusterIds: data.clusterIds,
    clusterLevels: data.clusterLevels,
  };
}

export function lexiconData(lexicon: Lexicon): LexiconData {
  return {
    gazetteerKeys: lexicon.gazetteer.keys,
    gazetteerTypes: lexicon.gazetteerTypes,
    gazetteerMaxLength: lexicon.gazetteerMaxLength,
    lowercaseWords: lexicon.lowercaseWords.keys,
    clusterWords: lexicon.clusterWords.keys,
    clusterIds: lexicon.clusterIds,
    clusterLevels: lexicon.clusterLevels,
  };
}
