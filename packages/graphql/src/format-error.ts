import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { isUnavailable } from '@mam/db';
import type { Logger } from '@mam/logger';
import { unavailable } from './errors';

const EXPECTED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'LOCKED', 'OPERATION_TOO_COMPLEX', 'UNAVAILABLE', 'RATE_LIMITED', 'INVALID_LINK', 'CSRF', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PAYLOAD_TOO_LARGE']);
/** Extensions that tell a client about our insides (which subgraph answered, a stack): never sent. */
const INTERNAL_EXTENSIONS = ['stacktrace', 'serviceName', 'exception'];

/**
 * Expected errors pass through; a dependency that is down (database, search engine) becomes the
 * retryable UNAVAILABLE; anything else becomes INTERNAL_SERVER_ERROR with a trace id and a log line.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && EXPECTED.has(code)) {
      const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)));
      return { ...formatted, extensions };
    }
    const cause = (error as { originalError?: unknown })?.originalError ?? error;
    if (isUnavailable(cause)) {
      logger.warn({ err: cause, path: formatted.path }, 'dependency unavailable');
      const { message, extensions } = unavailable();
      return { message, path: formatted.path, locations: formatted.locations, extensions };
    }
    const traceId = randomUUID();
    logger.error({ err: cause, traceId, path: formatted.path }, 'unexpected error in resolver');
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR', traceId } };
  };
}
