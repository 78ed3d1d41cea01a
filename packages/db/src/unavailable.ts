/**
 * A dependency (database, search engine, broker) did not answer or refused for now: worth
 * retrying later, never the caller's fault and never a reason to give up on an event.
 */
export class UnavailableError extends Error {
  override name = 'UnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Socket-level failures: nothing answered, or the connection broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ECONNABORTED',
]);
/** PostgreSQL SQLSTATEs of a server shutting down, starting up, out of connections or disk. */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53000', '53100', '53200', '53300', '58000', '58030']);
/** What pg says when the server went away under an open or opening connection. */
const POSTGRES_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Connection is not established/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];
/** The search engine's client errors for an unreachable or overloaded node. */
const CLIENT_ERROR_NAMES = new Set(['ConnectionError', 'TimeoutError', 'NoLivingConnectionsError', 'UnavailableError']);
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

// Errors of several drivers (pg, the Elasticsearch client, Node's sockets) are read by duck typing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function unavailableHere(error: Record<string, any>): boolean {
  if (error instanceof UnavailableError || CLIENT_ERROR_NAMES.has(error.name)) return true;
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code && (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || code.startsWith('08'))) return true;
  const status = error.meta?.statusCode ?? error.statusCode;
  if (typeof status === 'number' && RETRYABLE_STATUS.has(status)) return true;
  // An index blocked for writes (a full disk, or an operator) refuses until the block is lifted.
  if (error.meta?.body?.error?.type === 'cluster_block_exception') return true;
  return typeof error.message === 'string' && POSTGRES_MESSAGES.some((pattern) => pattern.test(error.message));
}

/** Whether an error means a dependency is unavailable for now (through wrappers and causes). */
export function isUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const candidate = current as Record<string, any>;
    if (unavailableHere(candidate)) return true;
    if (Array.isArray(candidate.errors) && candidate.errors.some((inner: unknown) => isUnavailable(inner))) return true; // AggregateError (several addresses refused)
    current = candidate.driverError ?? candidate.originalError ?? candidate.thrownValue ?? candidate.cause; // thrownValue: graphql wraps a thrown non-Error
  }
  return false;
}
