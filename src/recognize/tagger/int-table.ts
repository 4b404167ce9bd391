// A read-only open-addressing index from 32-bit keys to their position in a key array, built at load time.

export interface IntIndex {
  readonly keys: Int32Array;
  /** slot -> position + 1 in `keys`; 0 marks an empty slot. */
  readonly slots: Int32Array;
  readonly mask: number;
}

/** Indexes `keys` (distinct, already well mixed) so that `indexOf` finds a key in about one probe. */
export function buildIntIndex(keys: Int32Array): IntIndex {
  let capacity = 16;
  while (capacity < keys.length * 2) capacity *= 2;
  const slots = new Int32Array(capacity);
  const mask = capacity - 1;
  for (let i = 0; i < keys.length; i++) {
    let slot = (keys[i] as number) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  return { keys, slots, mask };
}

/** The position of `key` in the indexed array, or -1. */
export function indexOf(index: IntIndex, key: number): number {
  const { keys, slots, mask } = index;
  let slot = key & mask;
  for (;;) {
    const entry = slots[slot] as number;
    if (entry === 0) return -1;
    if (keys[entry - 1] === key) return entry - 1;
    slot = (slot + 1) & mask;
  }
}
