// What the tagger remembers within one document: how each word was written and how it was tagged so far.

/** Counts per folded word: [O, PER, LOC, ORG, MISC, capitalised mid-sentence, written lowercase]. */
const SLOTS = 7;
export const SLOT_CAPITALISED = 5;
export const SLOT_LOWERCASE = 6;

/**
 * One document's memory: how its words are written and which types the first stage gave them.
 * Create one per document with `createDocumentMemory` and pass it to every `tag` call, in order.
 */
export interface DocumentMemory {
  readonly words: Map<number, Int32Array>;
  /** True once the whole document was read first (`Tagger.observe`). */
  observedAll: boolean;
  /** The first stage's labels of each observed sentence, with a fingerprint of its words. */
  readonly observed: { readonly fingerprint: number; readonly labels: Int32Array }[];
  /** The observed sentence that the next `tag` call is expected to be. */
  cursor: number;
}

export function createDocumentMemory(): DocumentMemory {
  return { words: new Map(), observedAll: false, observed: [], cursor: 0 };
}

export function clearDocumentMemory(memory: DocumentMemory): void {
  memory.words.clear();
  memory.observedAll = false;
  memory.observed.length = 0;
  memory.cursor = 0;
}

export function memoryEntry(memory: DocumentMemory, word: number): Int32Array {
  let entry = memory.words.get(word);
  if (entry === undefined) {
    entry = new Int32Array(SLOTS);
    memory.words.set(word, entry);
  }
  return entry;
}
