// The server folder's public surface: start, stop and ask after a Neo4j server; run neo4j-admin; write its conf.
export { startServer, stopServer, serverStatus, NEO4J_USER, STOP_TIMEOUT_MS } from './server.js';
export type { RunningServer, ServerStatus, StoppedServer } from './server.js';
export { StartServerOptions, DEFAULT_HEAP, DEFAULT_PAGE_CACHE } from './options.js';
export type { ServerState } from './state.js';
export { runNeo4jAdmin, setInitialPassword } from './admin.js';
export type { Neo4jAdminOptions, Neo4jAdminResult } from './admin.js';
export { resolveClasspath, defaultPomPath, defaultCacheDir } from './classpath.js';
export type { ClasspathOptions } from './classpath.js';
export { renderNeo4jConf, writeNeo4jConf } from './config.js';
export type { Neo4jConfSettings } from './config.js';
export { homeLayout } from './layout.js';
export type { HomeLayout } from './layout.js';
export { findFreePort, findFreePorts, isPortFree } from './ports.js';
export { BOLT_READY_TIMEOUT_MS } from './readiness.js';
