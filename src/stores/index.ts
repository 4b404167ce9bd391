// The stores' public surface: the contract, the embedded and Neo4j stores, and the schema command's function.
export type {
  EntityNodeAttributes, EvidenceSentence, FactEdgeAttributes, GraphCounts, GraphStore, KnowledgeGraph, ReadOptions,
  RetractSummary, WriteSummary,
} from './store.js';
export { openEmbeddedStore, DEFAULT_STORE_FOLDER, COMPACT_MIN_JOURNAL_BYTES } from './embedded.js';
export type { EmbeddedStore, EmbeddedStoreOptions } from './embedded.js';
export { openNeo4jStore, WRITE_BATCH_ARTICLES, RETRACT_BATCH_ARTICLES } from './neo4j.js';
export type { Neo4jStore } from './neo4j.js';
export { resolveNeo4jConfig, DEFAULT_NEO4J_URI, Neo4jOptions } from './neo4j/config.js';
export type { Neo4jConfig } from './neo4j/config.js';
export { connectNeo4j } from './neo4j/connect.js';
export { applySchema, SCHEMA_FILE } from './neo4j/schema.js';
export { preferredType } from './entity-type.js';
export { RESERVED_NODE_PROPERTIES } from './node-properties.js';
export type { NodePropertyValues } from './node-properties.js';
