// Retraction inside one write transaction: exactly what only these articles supported goes, the rest is recomputed.
import type { ManagedTransaction } from 'neo4j-driver';
import { RelationType } from '../../schema/index.js';
import {
  DELETE_ARTICLES, DELETE_EVIDENCE, DELETE_ORPHAN_ENTITIES, DELETE_STATEMENTS, HELD_ARTICLES, RECOMPUTE_ALIASES, recomputeFacts,
} from './cypher.js';

/** Retracts the held articles among `ids`; returns the ids that were held. */
export async function retractArticles(tx: ManagedTransaction, ids: readonly string[]): Promise<string[]> {
  const held = (await tx.run(HELD_ARTICLES, { ids })).records.map((record) => record.get('id') as string);
  if (held.length === 0) return [];
  const lost = await tx.run(DELETE_EVIDENCE, { ids: held });
  for (const record of lost.records) {
    const type = RelationType.parse(record.get('type'));
    await tx.run(recomputeFacts(type), { keys: record.get('keys') as string[] });
  }
  await tx.run(DELETE_STATEMENTS, { ids: held });
  const deleted = await tx.run(DELETE_ARTICLES, { ids: held });
  const touched = [...new Set(deleted.records.flatMap((record) => record.get('mentioned') as string[]))];
  await tx.run(DELETE_ORPHAN_ENTITIES, { ids: touched });
  await tx.run(RECOMPUTE_ALIASES, { ids: touched });
  return held;
}
