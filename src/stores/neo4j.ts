// The Neo4j store (SPEC section 5): the same graph as the embedded store, written over Bolt in batched managed transactions.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { GraphFragment, RelationType } from '../schema/index.js';
import { batchesOfDistinctArticles, checkFragment } from './check-fragment.js';
import { checkNodeProperties, type NodePropertyValues } from './node-properties.js';
import { resolveNeo4jConfig, type Neo4jOptions } from './neo4j/config.js';
import { connectNeo4j } from './neo4j/connect.js';
import { SET_ENTITY_PROPERTIES } from './neo4j/cypher.js';
import { neo4jFailure } from './neo4j/errors.js';
import { readCounts, readEvidence, readGraph, readSubgraph } from './neo4j/read.js';
import { retractArticles } from './neo4j/retract.js';
import { applySchema } from './neo4j/schema.js';
import { writeBatch } from './neo4j/write.js';
import type { GraphStore, KnowledgeGraph, ReadOptions, RetractSummary, WriteSummary } from './store.js';

/*
 * The model (cypher/schema.cypher has the constraints and indexes):
 *   (:Entity:<labels from ENTITY_LABELS> {id, type, name, aliases, lat?, lon?, <metrics>})
 *   (:Article {id, text, contentHash, title?, source?, url?, published?})
 *   (:Statement {id, article, quote, start, end, date?})
 *   (:Evidence {id: key|article, fact: key, type, article, starts, ends, dates, first, last, quantity?, modality?, batch})
 *   (source)-[:<fact type> {key, title?, quantity?, modality?, articleCount, firstSeen, lastSeen}]->(target)
 *   (:Article)-[:MENTIONS {count, names}]->(:Entity), (:Entity)-[:SAID]->(:Statement)-[:FROM]->(:Article),
 *   (:Statement)-[:ABOUT]->(:Entity)
 */

/** Articles per write transaction: each is ~12 entities and ~8 facts, so a few thousand rows per statement. */
export const WRITE_BATCH_ARTICLES = 500;
export const RETRACT_BATCH_ARTICLES = 200;
export const PROPERTY_BATCH_NODES = 10_000;

export interface Neo4jStore extends GraphStore {
  readonly kind: 'neo4j';
  readonly uri: string;
  readonly database: string | undefined;
  /** The verified driver, for queries of our own (`kg query`); closed by `close`. */
  readonly driver: Driver;
  /** The entity graph within what a (read-only) Cypher query returns: for exports limited by a query. */
  readSubgraph(cypher: string, parameters?: Record<string, unknown>, options?: ReadOptions): Promise<KnowledgeGraph>;
}

/**
 * Connects (options, else NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, else bolt://127.0.0.1:7687),
 * verifies the server answers (KgError NEO4J_UNAVAILABLE otherwise) and applies cypher/schema.cypher.
 */
export async function openNeo4jStore(options: Neo4jOptions = {}): Promise<Neo4jStore> {
  const config = resolveNeo4jConfig(options);
  const driver = await connectNeo4j(config);
  try {
    if (config.applySchema) await applySchema(driver, { uri: config.uri, ...(config.database === undefined ? {} : { database: config.database }) });
  } catch (error) {
    await driver.close();
    throw error;
  }
  const { uri, database } = config;

  const inSession = async <T>(doing: string, work: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session(database === undefined ? {} : { database });
    try {
      return await work(session);
    } catch (error) {
      throw neo4jFailure(error, uri, doing);
    } finally {
      await session.close();
    }
  };
  const reading = <T>(doing: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> =>
    inSession(doing, (session) => session.executeRead(work));

  return {
    kind: 'neo4j',
    uri,
    database,
    driver,

    write: async (fragments: readonly GraphFragment[]): Promise<WriteSummary> => {
      for (const fragment of fragments) checkFragment(fragment);
      const total = { written: 0, unchanged: 0, replaced: 0 };
      await inSession('writing articles', async (session) => {
        for (const distinct of batchesOfDistinctArticles(fragments)) {
          for (let i = 0; i < distinct.length; i += WRITE_BATCH_ARTICLES) {
            const batch = distinct.slice(i, i + WRITE_BATCH_ARTICLES);
            const summary = await session.executeWrite((tx) => writeBatch(tx, batch));
            total.written += summary.written;
            total.unchanged += summary.unchanged;
            total.replaced += summary.replaced;
          }
        }
      });
      return total;
    },

    retract: async (articleIds: readonly string[]): Promise<RetractSummary> => {
      const ids = [...new Set(articleIds)];
      const held = new Set<string>();
      await inSession('retracting articles', async (session) => {
        for (let i = 0; i < ids.length; i += RETRACT_BATCH_ARTICLES) {
          const batch = ids.slice(i, i + RETRACT_BATCH_ARTICLES);
          for (const id of await session.executeWrite((tx) => retractArticles(tx, batch))) held.add(id);
        }
      });
      return { retracted: ids.filter((id) => held.has(id)), missing: ids.filter((id) => !held.has(id)) };
    },

    counts: () => reading('counting', readCounts),

    readGraph: (options?: ReadOptions) => reading('reading the graph', (tx) => readGraph(tx, options?.withEvidence === true)),

    readSubgraph: (cypher: string, parameters: Record<string, unknown> = {}, options?: ReadOptions) =>
      reading('running the subgraph query', (tx) => readSubgraph(tx, cypher, parameters, options?.withEvidence === true)),

    evidence: (source: string, type: RelationType, target: string) =>
      reading('reading evidence', (tx) => readEvidence(tx, source, type, target)),

    writeNodeProperties: async (values: NodePropertyValues): Promise<number> => {
      checkNodeProperties(values);
      const rows = [...values].map(([id, properties]) => ({ id, properties: { ...properties } }));
      let found = 0;
      await inSession('writing node properties', async (session) => {
        for (let i = 0; i < rows.length; i += PROPERTY_BATCH_NODES) {
          const batch = rows.slice(i, i + PROPERTY_BATCH_NODES);
          found += await session.executeWrite(async (tx) => (await tx.run(SET_ENTITY_PROPERTIES, { rows: batch })).records[0]?.get('n') ?? 0);
        }
      });
      return found;
    },

    close: () => driver.close(),
  };
}
