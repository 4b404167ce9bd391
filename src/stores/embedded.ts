// The embedded default store: a graphology graph under a project folder (`.kg/`), durable after every write.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { KgError } from '../errors.js';
import type { GraphFragment, RelationType } from '../schema/index.js';
import { checkFragment } from './check-fragment.js';
import { syncFolder } from './embedded/atomic-file.js';
import { JOURNAL_PATTERN, storeLayout, type StoreLayout } from './embedded/layout.js';
import { acquireStoreLock } from './embedded/lock.js';
import { openJournal, replayJournal, type JournalWriter } from './embedded/journal.js';
import {
  contentHashOf, createModel, retractArticles, setEntityProperties, writeFragment, type EmbeddedModel,
} from './embedded/model.js';
import { countModel, modelEvidence, readModelGraph } from './embedded/read.js';
import type { JournalEntry } from './embedded/records.js';
import { loadSnapshot, saveSnapshot } from './embedded/snapshot.js';
import { checkNodeProperties, type NodePropertyValues } from './node-properties.js';
import type { GraphStore, ReadOptions, RetractSummary, WriteSummary } from './store.js';

export const DEFAULT_STORE_FOLDER = '.kg';
/** The journal is folded into a new snapshot once it outgrows both this and the snapshot itself. */
export const COMPACT_MIN_JOURNAL_BYTES = 64 * 1024 * 1024;

export interface EmbeddedStoreOptions {
  /** Read without locking or writing (for example to export while another process ingests). */
  readonly readOnly?: boolean;
  readonly compactMinJournalBytes?: number;
}

export interface EmbeddedStore extends GraphStore {
  readonly kind: 'embedded';
  /** The store's folder, absolute. */
  readonly folder: string;
  /** Folds the journal into a new snapshot now (close does this too). */
  save(): Promise<void>;
}

/**
 * Opens (or creates) the store in `folder`. Every write is appended to a journal and fsynced before it returns;
 * the journal is folded into the snapshot (temp file, fsync, rename) on `save`, on `close` and when it grows.
 * A crash loses at most the write in flight and never leaves a half-written store.
 */
export async function openEmbeddedStore(
  folder: string = DEFAULT_STORE_FOLDER,
  options: EmbeddedStoreOptions = {},
): Promise<EmbeddedStore> {
  const layout = storeLayout(folder);
  const readOnly = options.readOnly === true;
  if (readOnly) {
    const exists = await stat(layout.folder).then(() => true, () => false);
    if (!exists) throw new KgError('INPUT_NOT_FOUND', `there is no graph store in ${layout.folder}; run \`kg ingest\` first`);
  } else {
    await mkdir(layout.folder, { recursive: true });
  }
  const release = readOnly ? async () => {} : await acquireStoreLock(layout.lock);
  try {
    const state = await loadState(layout, readOnly);
    return embeddedStore(layout, state, release, options.compactMinJournalBytes ?? COMPACT_MIN_JOURNAL_BYTES);
  } catch (error) {
    await release();
    throw error;
  }
}

interface StoreState {
  readonly model: EmbeddedModel;
  generation: number;
  snapshotBytes: number;
  hasSnapshot: boolean;
  journal: JournalWriter | undefined;
}

async function loadState(layout: StoreLayout, readOnly: boolean): Promise<StoreState> {
  const snapshot = await loadSnapshot(layout.snapshot);
  const model = snapshot?.model ?? createModel();
  const generation = snapshot?.generation ?? 0;
  const journalFile = layout.journal(generation);
  const replay = await replayJournal(journalFile, (entry) => applyEntry(model, entry));
  if (readOnly) return { model, generation, snapshotBytes: snapshot?.bytes ?? 0, hasSnapshot: snapshot !== undefined, journal: undefined };
  for (const name of await readdir(layout.folder)) {
    // Journals of other generations are leftovers of a compaction that had already saved their content.
    if (JOURNAL_PATTERN.test(name) && path.join(layout.folder, name) !== journalFile) await rm(path.join(layout.folder, name));
  }
  const journal = await openJournal(journalFile, replay.bytes);
  await syncFolder(layout.folder);
  return { model, generation, snapshotBytes: snapshot?.bytes ?? 0, hasSnapshot: snapshot !== undefined, journal };
}

function applyEntry(model: EmbeddedModel, entry: JournalEntry): void {
  switch (entry.op) {
    case 'write':
      for (const fragment of entry.fragments) writeFragment(model, fragment);
      return;
    case 'retract':
      retractArticles(model, entry.ids);
      return;
    case 'properties':
      setEntityProperties(model, entry.values);
      return;
  }
}

function embeddedStore(
  layout: StoreLayout,
  state: StoreState,
  release: () => Promise<void>,
  compactMinJournalBytes: number,
): EmbeddedStore {
  const { model } = state;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  /** Runs operations one at a time, in call order. */
  const serially = <T>(operation: () => Promise<T> | T): Promise<T> => {
    if (closed) return Promise.reject(new KgError('STORE_WRITE_FAILED', `the graph store in ${layout.folder} is closed`));
    const result = queue.then(operation);
    queue = result.catch(() => undefined);
    return result;
  };

  const writable = (): JournalWriter => {
    if (state.journal === undefined) {
      throw new KgError('STORE_WRITE_FAILED', `the graph store in ${layout.folder} was opened read-only`);
    }
    return state.journal;
  };

  const record = async (entry: JournalEntry): Promise<void> => {
    const journal = writable();
    await journal.append(entry);
    applyEntry(model, entry);
    if (journal.bytes > Math.max(compactMinJournalBytes, state.snapshotBytes)) await compact();
  };

  const compact = async (): Promise<void> => {
    const journal = writable();
    if (state.hasSnapshot && journal.bytes === 0) return;
    const generation = state.generation + 1;
    state.snapshotBytes = await saveSnapshot(layout.snapshot, model, generation);
    state.generation = generation;
    state.hasSnapshot = true;
    await journal.close();
    state.journal = await openJournal(layout.journal(generation), 0);
    await rm(journal.file, { force: true });
    await syncFolder(layout.folder);
  };

  return {
    kind: 'embedded',
    folder: layout.folder,

    write: async (fragments: readonly GraphFragment[]) => {
      for (const fragment of fragments) checkFragment(fragment);
      return serially(async (): Promise<WriteSummary> => {
        writable();
        const held = new Map<string, string>();
        const changed: GraphFragment[] = [];
        let written = 0;
        let unchanged = 0;
        let replaced = 0;
        for (const fragment of fragments) {
          const { id, contentHash } = fragment.article;
          const hash = held.has(id) ? held.get(id) : contentHashOf(model, id);
          if (hash === contentHash) unchanged += 1;
          else {
            if (hash === undefined) written += 1;
            else replaced += 1;
            changed.push(fragment);
            held.set(id, contentHash);
          }
        }
        if (changed.length > 0) await record({ op: 'write', fragments: changed });
        return { written, unchanged, replaced };
      });
    },

    retract: (articleIds: readonly string[]) =>
      serially(async (): Promise<RetractSummary> => {
        writable();
        const ids = [...new Set(articleIds)];
        const retracted = ids.filter((id) => contentHashOf(model, id) !== undefined);
        const missing = ids.filter((id) => contentHashOf(model, id) === undefined);
        if (retracted.length > 0) await record({ op: 'retract', ids: retracted });
        return { retracted, missing };
      }),

    counts: () => serially(() => countModel(model)),

    readGraph: (options?: ReadOptions) => serially(() => readModelGraph(model, options)),

    evidence: (source: string, type: RelationType, target: string) =>
      serially(() => modelEvidence(model, source, type, target)),

    writeNodeProperties: async (values: NodePropertyValues) => {
      checkNodeProperties(values);
      return serially(async () => {
        writable();
        const found = [...values].filter(([id]) => model.graph.hasNode(id) && model.graph.getNodeAttributes(id).kind === 'entity');
        if (found.length > 0) await record({ op: 'properties', values: found.map(([id, properties]) => [id, { ...properties }]) });
        return found.length;
      });
    },

    save: () => serially(compact),

    close: async () => {
      if (closed) return;
      await serially(async () => {
        if (state.journal !== undefined) {
          await compact();
          await state.journal.close();
        }
      }).finally(async () => {
        closed = true;
        await release();
      });
    },
  };
}
