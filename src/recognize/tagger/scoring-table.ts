// Both stages' weights in one sparse table: a feature is looked up once and gives its non-zero weights for each stage.
import type { StageWeights } from './model.js';

export interface ScoringTable {
  /** Open addressing: slots[2s] is a feature id, slots[2s + 1] = first entry * 64 + entry count (0: empty). */
  readonly slots: Int32Array;
  readonly mask: number;
  /** weight * 256 + position, position = stage * labels + label; weights are integers on each stage's own scale. */
  readonly entries: Int32Array;
  readonly labelCount: number;
  readonly stageCount: number;
}

/** Weights are stored as integers up to this, per stage: only comparisons within a stage matter. */
const LEVELS = 32767;
export const POSITION_BITS = 8;
export const POSITION_MASK = (1 << POSITION_BITS) - 1;
const COUNT_BITS = 6;
const COUNT_MASK = (1 << COUNT_BITS) - 1;

export function buildScoringTable(stages: readonly StageWeights[], labelCount: number): ScoringTable {
  const stageCount = stages.length;
  if (stageCount * labelCount > COUNT_MASK) throw new Error('buildScoringTable: too many labels for a row');
  const scales = stages.map((stage) => {
    let largest = 0;
    for (let e = 0; e < stage.values.length; e++) largest = Math.max(largest, Math.abs(stage.values[e] as number));
    return largest > 0 ? LEVELS / largest : 1;
  });
  let keyCount = 0;
  for (const stage of stages) keyCount += stage.featureKeys.length;
  let capacity = 16;
  while (capacity < keyCount * 2) capacity *= 2;
  const mask = capacity - 1;
  // First pass: a slot per distinct feature, and how many non-zero weights it has in all stages.
  const slots = new Int32Array(capacity * 2);
  const used = new Uint8Array(capacity);
  const counts = new Int32Array(capacity);
  const slotOf = (key: number): number => {
    let slot = key & mask;
    while (used[slot] === 1 && slots[slot * 2] !== key) slot = (slot + 1) & mask;
    if (used[slot] === 0) {
      used[slot] = 1;
      slots[slot * 2] = key;
    }
    return slot;
  };
  for (let s = 0; s < stageCount; s++) {
    const { featureKeys, counts: stageCounts, values } = stages[s] as StageWeights;
    const scale = scales[s] as number;
    let entry = 0;
    for (let row = 0; row < featureKeys.length; row++) {
      let nonZero = 0;
      const end = entry + (stageCounts[row] as number);
      for (; entry < end; entry++) if (Math.round((values[entry] as number) * scale) !== 0) nonZero++;
      if (nonZero > 0) {
        const slot = slotOf(featureKeys[row] as number);
        counts[slot] = (counts[slot] as number) + nonZero;
      }
    }
  }
  // Second pass: entries laid out slot by slot, each row in stage order.
  const starts = new Int32Array(capacity);
  let total = 0;
  for (let slot = 0; slot < capacity; slot++) {
    starts[slot] = total;
    total += counts[slot] as number;
    if (used[slot] === 1) slots[slot * 2 + 1] = ((starts[slot] as number) << COUNT_BITS) | (counts[slot] as number);
  }
  const entries = new Int32Array(total);
  for (let s = 0; s < stageCount; s++) {
    const { featureKeys, counts: stageCounts, labels, values } = stages[s] as StageWeights;
    const scale = scales[s] as number;
    let entry = 0;
    for (let row = 0; row < featureKeys.length; row++) {
      const key = featureKeys[row] as number;
      let slot = key & mask;
      while (used[slot] === 1 && slots[slot * 2] !== key) slot = (slot + 1) & mask;
      const end = entry + (stageCounts[row] as number);
      for (; entry < end; entry++) {
        const weight = Math.round((values[entry] as number) * scale);
        if (weight === 0 || used[slot] === 0) continue;
        entries[starts[slot] as number] = weight * (1 << POSITION_BITS) + s * labelCount + (labels[entry] as number);
        starts[slot] = (starts[slot] as number) + 1;
      }
    }
  }
  return { slots, mask, entries, labelCount, stageCount };
}

/** first entry * 64 + entry count of the feature's weights, or 0 when the model has none. */
export function findRow(table: ScoringTable, feature: number): number {
  const { slots, mask } = table;
  let slot = feature & mask;
  for (;;) {
    const row = slots[slot * 2 + 1] as number;
    if (row === 0 || slots[slot * 2] === feature) return row;
    slot = (slot + 1) & mask;
  }
}

export function rowStart(row: number): number {
  return row >>> COUNT_BITS;
}

export function rowEnd(row: number): number {
  return (row >>> COUNT_BITS) + (row & COUNT_MASK);
}
