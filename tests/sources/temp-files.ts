// Test helpers for the sources: real files in a temporary folder, and a source drained into an array.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SourceItem } from '../../src/schema/source.js';

export type TempFolder = {
  readonly root: string;
  /** Writes files (relative paths, folders made as needed) and returns their full paths in the same order. */
  write(files: Readonly<Record<string, string | Uint8Array>>): Promise<string[]>;
  path(...parts: string[]): string;
  remove(): Promise<void>;
};

export async function makeTempFolder(): Promise<TempFolder> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'kg-sources-'));
  return {
    root,
    async write(files) {
      const written: string[] = [];
      for (const [name, content] of Object.entries(files)) {
        const full = path.join(root, name);
        await mkdir(path.dirname(full), { recursive: true });
        await writeFile(full, content);
        written.push(full);
      }
      return written;
    },
    path: (...parts) => path.join(root, ...parts),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

export async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const all: SourceItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Bytes from numbers and ASCII strings, for files that are not valid UTF-8. */
export function bytes(...parts: readonly (string | readonly number[])[]): Buffer {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
}
