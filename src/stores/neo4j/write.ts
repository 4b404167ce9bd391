// Writing one batch of fragments (distinct article ids) in one managed transaction: classify, retract replaced, merge.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphFragment } from '../../schema/index.js';
import { typesRefinedBy } from '../entity-type.js';
import type { WriteSummary } from '../store.js';
import { HELD_ARTICLES, MERGE_ARTICLES, MERGE_EVIDENCE, MERGE_MENTIONS, MERGE_STATEMENTS, mergeEntities, mergeFacts } from './cypher.js';
import { retractArticles } from './retract.js';
import { writeRows } from './rows.js';

/** Runs inside `executeWrite`, which may run it again after a transient error: it only reads and writes the database. */
export async function writeBatch(tx: ManagedTransaction, fragments: readonly GraphFragment[]): Promise<WriteSummary> {
  const ids = fragments.map((fragment) => fragment.article.id);
  const held = new Map<string, string>();
  for (const record of (await tx.run(HELD_ARTICLES, { ids })).records) held.set(record.get('id'), record.get('contentHash'));
  const changed = fragments.filter((fragment) => held.get(fragment.article.id) !== fragment.article.contentHash);
  const replaced = changed.filter((fragment) => held.has(fragment.article.id)).map((fragment) => fragment.article.id);
  if (replaced.length > 0) await retractArticles(tx, replaced);
  if (changed.length > 0) await mergeFragments(tx, changed);
  return {
    written: changed.length - replaced.length,
    unchanged: fragments.length - changed.length,
    replaced: replaced.length,
  };
}

async function mergeFragments(tx: ManagedTransaction, fragments: readonly GraphFragment[]): Promise<void> {
  const rows = writeRows(fragments);
  await tx.run(MERGE_ARTICLES, { rows: rows.articles });
  for (const [type, entityRows] of rows.entities) {
    await tx.run(mergeEntities(type), { rows: entityRows, type, refines: typesRefinedBy(type) });
  }
  await tx.run(MERGE_MENTIONS, { rows: rows.mentions });
  const evidence = await tx.run(MERGE_EVIDENCE, { rows: rows.evidence, batch: randomUUID() });
  const created = new Set(evidence.records.filter((record) => record.get('created') === true).map((record) => record.get('id') as string));
  for (const [type, factRows] of rows.facts) {
    const newSupport = factRows.filter((row) => created.has(row.evidenceId));
    if (newSupport.length > 0) await tx.run(mergeFacts(type), { rows: newSupport });
  }
  if (rows.statements.length > 0) await tx.run(MERGE_STATEMENTS, { rows: rows.statements });
}
