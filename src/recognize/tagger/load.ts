// Loads the trained tagger from its weights file (by default the one committed under data/tagger).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KgError } from '../../errors.js';
import { decodeModelFile } from './model-file.js';
import { createTagger, type Tagger } from './tagger.js';

/** `<package root>/data/tagger/conll2003.bin`: this file sits three folders below the root in src/ and in dist/. */
export const DEFAULT_TAGGER_PATH = fileURLToPath(new URL('../../../data/tagger/conll2003.bin', import.meta.url));

/** Reads the weights once; the returned tagger is reused for every sentence. */
export function loadTagger(path: string = DEFAULT_TAGGER_PATH): Tagger {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new KgError(
      'INPUT_NOT_FOUND',
      `Cannot read the tagger weights at ${path}. Restore data/tagger from the repository or retrain with the train-tagger script.`,
      { cause: error },
    );
  }
  return createTagger(decodeModelFile(bytes, path).model);
}
