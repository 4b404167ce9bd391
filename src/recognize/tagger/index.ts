// The tagger's public surface: load the trained model once, then tag token sequences.
export { createDocumentMemory, type DocumentMemory } from './document-memory.js';
export { loadTagger, DEFAULT_TAGGER_PATH } from './load.js';
export type { Tagger, TagContext } from './tagger.js';
