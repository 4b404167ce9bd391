// The files under a directory, recursively, in a fixed order: entries sorted by name (code units), depth first.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileErrorItem, type BadItem } from './bad-item.js';

export type DirectoryEntry = { readonly kind: 'file'; readonly path: string } | BadItem;

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** What a directory entry is, following a symbolic link to its target. */
async function entryType(dir: string, entry: Dirent): Promise<'file' | 'directory' | 'other'> {
  if (entry.isSymbolicLink()) {
    const target = await stat(path.join(dir, entry.name));
    return target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other';
  }
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
}

/**
 * Every regular file under `dir`, hidden files and folders (name starting with ".") left out. A folder reached twice
 * through symbolic links is read once. Entries that cannot be read are reported, and the walk goes on.
 */
export async function* walkDirectory(dir: string, visited: Set<string> = new Set()): AsyncGenerator<DirectoryEntry> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield fileErrorItem(dir, error);
    return;
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let type: 'file' | 'directory' | 'other';
    try {
      type = await entryType(dir, entry);
    } catch {
      type = 'file'; // a dangling symbolic link: its reader reports it, if its extension is one we read
    }
    if (type === 'directory') yield* walkDirectory(full, visited);
    else if (type === 'file') yield { kind: 'file', path: full };
  }
}
