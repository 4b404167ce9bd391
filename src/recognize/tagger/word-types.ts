// A word-level guess of entity type from word vectors: spreads what training says about names to similar words.

export interface WordTypeOptions {
  readonly hidden: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly folds: number;
  readonly seed: number;
}

/**
 * Trains a small network (vector -> hidden -> classes) on the labelled rows and returns, for every row,
 * the probability of each class: from networks that did not see the row when it is labelled
 * (cross-fitting, so training text sees guesses as good as unseen text gets), from one network
 * trained on all labelled rows otherwise. `labels[row]` is -1 for unlabelled rows.
 */
export function guessWordTypes(
  vectors: Float32Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  options: WordTypeOptions,
): Float32Array {
  const rows = labels.length;
  const probabilities = new Float32Array(rows * classes);
  let state = options.seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const labelled: number[] = [];
  for (let row = 0; row < rows; row++) if ((labels[row] as number) >= 0) labelled.push(row);
  const fold = new Int32Array(rows).fill(-1);
  for (const row of labelled) fold[row] = Math.floor(random() * options.folds);
  for (let held = -1; held < options.folds; held++) {
    const trainRows = labelled.filter((row) => fold[row] !== held);
    const network = trainNetwork(vectors, dimensions, labels, classes, trainRows, options, random);
    for (let row = 0; row < rows; row++) {
      if ((held === -1 && fold[row] !== -1) || (held >= 0 && fold[row] !== held)) continue;
      network.predict(row, probabilities.subarray(row * classes, (row + 1) * classes));
    }
  }
  return probabilities;
}

interface Network {
  predict(row: number, out: Float32Array): void;
}

function trainNetwork(
  vectors: Float32Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  trainRows: readonly number[],
  options: WordTypeOptions,
  random: () => number,
): Network {
  const hidden = options.hidden;
  const w1 = new Float32Array(hidden * dimensions).map(() => (random() - 0.5) * 2 * Math.sqrt(6 / (dimensions + hidden)));
  const b1 = new Float32Array(hidden);
  const w2 = new Float32Array(classes * hidden).map(() => (random() - 0.5) * 2 * Math.sqrt(6 / (hidden + classes)));
  const b2 = new Float32Array(classes);
  const h = new Float32Array(hidden);
  const out = new Float32Array(classes);
  const gradOut = new Float32Array(classes);
  const gradHidden = new Float32Array(hidden);

  const forward = (row: number): void => {
    const base = row * dimensions;
    for (let j = 0; j < hidden; j++) {
      let sum = b1[j] as number;
      for (let d = 0; d < dimensions; d++) sum += (w1[j * dimensions + d] as number) * (vectors[base + d] as number);
      h[j] = sum > 0 ? sum : 0;
    }
    let max = -Infinity;
    for (let c = 0; c < classes; c++) {
      let sum = b2[c] as number;
      for (let j = 0; j < hidden; j++) sum += (w2[c * hidden + j] as number) * (h[j] as number);
      out[c] = sum;
      if (sum > max) max = sum;
    }
    let total = 0;
    for (let c = 0; c < classes; c++) {
      out[c] = Math.exp((out[c] as number) - max);
      total += out[c] as number;
    }
    for (let c = 0; c < classes; c++) out[c] = (out[c] as number) / total;
  };

  const order = [...trainRows];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = options.learningRate * (1 - epoch / options.epochs);
    for (const row of order) {
      forward(row);
      const label = labels[row] as number;
      for (let c = 0; c < classes; c++) gradOut[c] = (out[c] as number) - (c === label ? 1 : 0);
      gradHidden.fill(0);
      for (let c = 0; c < classes; c++) {
        const g = gradOut[c] as number;
        for (let j = 0; j < hidden; j++) {
          gradHidden[j] = (gradHidden[j] as number) + g * (w2[c * hidden + j] as number);
          w2[c * hidden + j] = (w2[c * hidden + j] as number) - rate * g * (h[j] as number);
        }
        b2[c] = (b2[c] as number) - rate * g;
      }
      const base = row * dimensions;
      for (let j = 0; j < hidden; j++) {
        if ((h[j] as number) <= 0) continue;
        const g = gradHidden[j] as number;
        for (let d = 0; d < dimensions; d++) w1[j * dimensions + d] = (w1[j * dimensions + d] as number) - rate * g * (vectors[base + d] as number);
        b1[j] = (b1[j] as number) - rate * g;
      }
    }
  }
  return {
    predict(row, result) {
      forward(row);
      result.set(out);
    },
  };
}
