// Which reader a file goes to, decided by its extension.
import path from 'node:path';

export type InputKind = 'text' | 'markdown' | 'json-lines' | 'json' | 'html';

const KIND_BY_EXTENSION: ReadonlyMap<string, InputKind> = new Map([
  ['.txt', 'text'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.jsonl', 'json-lines'],
  ['.ndjson', 'json-lines'],
  ['.json', 'json'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

/** The kind of a file by its extension (any case), or undefined for an extension no reader knows. */
export function inputKindOf(file: string): InputKind | undefined {
  return KIND_BY_EXTENSION.get(path.extname(file).toLowerCase());
}

export const KNOWN_EXTENSIONS: readonly string[] = [...KIND_BY_EXTENSION.keys()];
