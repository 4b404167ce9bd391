// The one error class of the project: a stable code, a message a person can act on, the cause attached.

export const ERROR_CODES = [
  'INPUT_NOT_FOUND',
  'INPUT_UNREADABLE',
  'INPUT_INVALID_JSON',
  'INPUT_INVALID_RECORD',
  'INPUT_EMPTY',
  'INPUT_BINARY',
  'INPUT_ENCODING',
  'CONFIG_INVALID',
  'STORE_CORRUPT',
  'STORE_WRITE_FAILED',
  'NEO4J_UNAVAILABLE',
  'NEO4J_QUERY_FAILED',
  'NEO4J_TRANSIENT',
  'SERVER_START_FAILED',
  'SERVER_NOT_RUNNING',
  'MAVEN_FAILED',
  'QUERY_NOT_FOUND',
  'QUERY_PARAM_INVALID',
  'EXPORT_FORMAT_UNKNOWN',
  'ENTITY_NOT_FOUND',
  'NOT_AVAILABLE',
  'EVAL_INVALID_GOLD',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const RETRIABLE: ReadonlySet<ErrorCode> = new Set(['NEO4J_TRANSIENT', 'NEO4J_UNAVAILABLE']);

export class KgError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KgError';
    this.code = code;
  }

  /** The one place that decides whether an operation that failed this way may be retried. */
  get retriable(): boolean {
    return RETRIABLE.has(this.code);
  }
}

export function isKgError(error: unknown, code?: ErrorCode): error is KgError {
  return error instanceof KgError && (code === undefined || error.code === code);
}
