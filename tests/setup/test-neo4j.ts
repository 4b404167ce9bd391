// What the jest global setup and teardown share: the env vars through which test workers find their Neo4j.

export const TEST_SERVER_HEAP = '512m';
export const TEST_SERVER_PAGE_CACHE = '256m';
/** Set by the global setup when it started servers: the temporary folder holding their homes. */
export const TEST_NEO4J_ROOT_ENV = 'KG_TEST_NEO4J_ROOT';
/** JSON array of the homes of started servers, for the teardown. */
export const TEST_NEO4J_HOMES_ENV = 'KG_TEST_NEO4J_HOMES';

/** `NEO4J_URI_<worker>` and `NEO4J_HTTP_URL_<worker>`: the server of jest worker `worker` (1-based). */
export function workerEnvName(base: 'NEO4J_URI' | 'NEO4J_HTTP_URL', worker: number | string): string {
  return `${base}_${worker}`;
}

export const HOW_TO_GET_NEO4J =
  'The integration tests need a real Neo4j. Either install Java 17 and Maven 3.8+ (the tests then start ' +
  'Neo4j Community 5.26 from Maven Central themselves, as `kg neo4j start` does), or point NEO4J_URI ' +
  '(plus NEO4J_USER/NEO4J_PASSWORD if it has auth) at a running Neo4j 5 and run jest with --runInBand.';
