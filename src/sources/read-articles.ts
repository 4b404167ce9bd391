// The one entry point of the sources: paths (files, directories, "-" for standard input) to articles and bad records.
import { stat } from 'node:fs/promises';
import type { SourceItem } from '../schema/source.js';
import { badItem, fileErrorItem } from './bad-item.js';
import { walkDirectory } from './directory.js';
import { readHtmlFile } from './html-file.js';
import { inputKindOf, KNOWN_EXTENSIONS, type InputKind } from './input-kind.js';
import { readJsonFile } from './json-file.js';
import { readJsonLinesFile, readJsonLinesStream } from './json-lines.js';
import { readTextFile } from './text-file.js';

export type ReadArticlesOptions = {
  /** What "-" reads (JSON Lines); process.stdin by default. */
  readonly stdin?: NodeJS.ReadableStream;
};

/** The path that names standard input. */
export const STDIN_PATH = '-';

export function readFileOfKind(file: string, kind: InputKind): AsyncGenerator<SourceItem> {
  switch (kind) {
    case 'text':
    case 'markdown':
      return readTextFile(file, kind);
    case 'json-lines':
      return readJsonLinesFile(file);
    case 'json':
      return readJsonFile(file);
    case 'html':
      return readHtmlFile(file);
  }
}

/** Files of an extension no reader knows are left out silently; a directory with no file to read is reported. */
async function* readDirectory(dir: string): AsyncGenerator<SourceItem> {
  let files = 0;
  for await (const entry of walkDirectory(dir)) {
    if (entry.kind === 'bad') {
      yield entry;
      continue;
    }
    const kind = inputKindOf(entry.path);
    if (kind === undefined) continue;
    files += 1;
    yield* readFileOfKind(entry.path, kind);
  }
  if (files === 0) {
    yield badItem({ file: dir }, 'INPUT_EMPTY', `${dir} holds no file to read (${KNOWN_EXTENSIONS.join(', ')})`);
  }
}

/**
 * Every article of every input, in input order (a directory's files sorted by name), with bad records and files
 * reported as `kind: 'bad'` items in their place; nothing here throws for bad input. A file named explicitly is read
 * by its extension, and as plain text when no reader knows the extension.
 */
export async function* readArticles(inputs: readonly string[], options: ReadArticlesOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === STDIN_PATH) {
      yield* readJsonLinesStream(options.stdin ?? process.stdin, STDIN_PATH);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield fileErrorItem(input, error);
      continue;
    }
    yield* isDirectory ? readDirectory(input) : readFileOfKind(input, inputKindOf(input) ?? 'text');
  }
}
