// The files of an embedded store inside its project folder.
import path from 'node:path';

export interface StoreLayout {
  readonly folder: string;
  /** The last compacted state (atomically replaced). */
  readonly snapshot: string;
  /** Writes since the snapshot of the same generation, one JSON line each, fsynced. */
  journal(generation: number): string;
  readonly lock: string;
}

export const SNAPSHOT_FILE = 'graph.json';
export const LOCK_FILE = 'store.lock';
export const JOURNAL_PATTERN = /^journal-(\d+)\.jsonl$/;

export function storeLayout(folder: string): StoreLayout {
  const resolved = path.resolve(folder);
  return {
    folder: resolved,
    snapshot: path.join(resolved, SNAPSHOT_FILE),
    journal: (generation) => path.join(resolved, `journal-${generation}.jsonl`),
    lock: path.join(resolved, LOCK_FILE),
  };
}
