// The embedded store's snapshot: the whole model as one JSON file, replaced atomically, checked when read.
import { readFile } from 'node:fs/promises';
import { MultiDirectedGraph } from 'graphology';
import { KgError } from '../../errors.js';
import { writeFileAtomic } from './atomic-file.js';
import { addEvidence, createModel, type EmbeddedModel } from './model.js';
import { Snapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type StoredEdge, type StoredNode } from './records.js';

export interface LoadedSnapshot {
  readonly model: EmbeddedModel;
  readonly generation: number;
  readonly bytes: number;
}

/** Writes the model atomically; returns the snapshot's size in bytes. */
export async function saveSnapshot(file: string, model: EmbeddedModel, generation: number): Promise<number> {
  const evidence = [...model.evidence].map(([key, byArticle]) => [key, [...byArticle.values()]] as const);
  const snapshot = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, generation, graph: model.graph.export(), evidence };
  const data = JSON.stringify(snapshot);
  try {
    await writeFileAtomic(file, data);
  } catch (error) {
    throw new KgError('STORE_WRITE_FAILED', `cannot save the graph store to ${file}: ${(error as Error).message}`, { cause: error });
  }
  return Buffer.byteLength(data);
}

/** The snapshot in `file`, or undefined when there is none yet. */
export async function loadSnapshot(file: string): Promise<LoadedSnapshot | undefined> {
  let data: string;
  try {
    data = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KgError('STORE_CORRUPT', `cannot read the graph store ${file}: ${(error as Error).message}`, { cause: error });
  }
  const corrupt = (why: string, cause?: unknown): KgError =>
    new KgError('STORE_CORRUPT', `the graph store ${file} is corrupt (${why}); restore it from a backup or delete it and ingest again`, { cause });
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch (error) {
    throw corrupt('not valid JSON', error);
  }
  const parsed = Snapshot.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw corrupt(`${issue?.message ?? 'invalid'} at ${issue?.path.join('.') ?? '?'}`, parsed.error);
  }
  const graph = new MultiDirectedGraph<StoredNode, StoredEdge>();
  try {
    graph.import(parsed.data.graph);
  } catch (error) {
    throw corrupt((error as Error).message, error);
  }
  const model = createModel(graph);
  for (const [factKey, records] of parsed.data.evidence) {
    if (!graph.hasEdge(factKey)) throw corrupt(`evidence for a missing fact ${factKey}`);
    for (const record of records) addEvidence(model, factKey, record);
  }
  return { model, generation: parsed.data.generation, bytes: Buffer.byteLength(data) };
}
