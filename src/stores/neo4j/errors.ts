// The one place that turns a driver error into a KgError: unreachable, refused credentials, transient, or a failed query.
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { KgError } from '../../errors.js';

const UNREACHABLE_CODES: ReadonlySet<string> = new Set(['ServiceUnavailable', 'SessionExpired']);
const CREDENTIAL_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

export function neo4jFailure(error: unknown, uri: string, doing: string): KgError {
  if (error instanceof KgError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
  const code = error instanceof Neo4jError ? error.code : undefined;
  if (code !== undefined && UNREACHABLE_CODES.has(code)) {
    return new KgError(
      'NEO4J_UNAVAILABLE',
      `Neo4j is not reachable at ${uri} (${message}); start one with \`kg neo4j start\`, or set NEO4J_URI to a running server`,
      { cause: error },
    );
  }
  if (code !== undefined && CREDENTIAL_CODES.has(code)) {
    return new KgError('CONFIG_INVALID', `Neo4j at ${uri} refused the credentials (${message}); set NEO4J_USER and NEO4J_PASSWORD`, { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgError('CONFIG_INVALID', `Neo4j at ${uri}: ${message}; set NEO4J_DATABASE to an existing database`, { cause: error });
  }
  if (isRetryableError(error)) {
    return new KgError('NEO4J_TRANSIENT', `Neo4j at ${uri} kept failing while ${doing} (${message}); try again`, { cause: error });
  }
  return new KgError('NEO4J_QUERY_FAILED', `Neo4j at ${uri} failed while ${doing}: ${message}`, { cause: error });
}
