// The library's public surface (SPEC section 6): the pipeline, the stores, analysis and the exporters, typed.

// data and contracts
export { Article, ArticleInput, Extraction, Entity, Relation, Statement, GraphFragment, ENTITY_TYPES, RELATION_TYPES } from './schema/index.js';
export type { EntityType, RelationType, Mention, Evidence, SourceItem } from './schema/index.js';
export { KgError, isKgError, type ErrorCode } from './errors.js';

// pipeline: sources -> extraction -> fragments
export { readArticles, contentId, type ReadArticlesOptions } from './sources/index.js';
export { createExtractor, type Extractor } from './pipeline/extract-article.js';
export { extractItems, batches, type Extracted } from './pipeline/articles.js';
export { buildFragment, factKey } from './fragment/build-fragment.js';

// stores
export type { GraphStore, KnowledgeGraph, GraphCounts, EvidenceSentence, WriteSummary, RetractSummary } from './stores/store.js';
export { openEmbeddedStore, openNeo4jStore, applySchema, type EmbeddedStore, type Neo4jStore } from './stores/index.js';

// a real Neo4j without Docker
export { startServer, stopServer, serverStatus, runNeo4jAdmin, type RunningServer } from './server/index.js';

// analysis
export { computeMetrics, type NodeMetrics } from './analysis/metrics.js';
export { shortestPath, egoNodes } from './analysis/paths.js';
export { findEntity } from './analysis/find-entity.js';

// exports
export {
  EXPORT_FORMATS, exportGraph, limitGraph, writeGexf, writeGraphml, writeGraphologyJson, writeCytoscapeJson,
  writeCypherScript, writeNeo4jAdminCsv, type ExportFormat, type GraphLimits,
} from './export/index.js';
export { writeHtml, type HtmlOptions } from './export/html.js';

// the Cypher library and evaluation
export { listQueries, loadQuery, parseParams, type NamedQuery } from './query/library.js';
export { runNamedQuery } from './query/run-query.js';
export { scoreArticles, GoldArticle, type GoldReport } from './eval/gold.js';
export { scorePipelineOnConll } from './eval/conll-pipeline.js';
