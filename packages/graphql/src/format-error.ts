import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
// Only the error class: the package's index would load TypeORM into processes without a database (the gateway).
import { isUnavailable } from '@mam/db/unavailable';
import type { Logger } from '@mam/logger';
import { ErrorCode, EXPECTED_CODES, isErrorCode, unavailable } from './errors';

/** Extensions that tell a client about our insides (which subgraph answered, a stack): never sent. */
const INTERNAL_EXTENSIONS = ['stacktrace', 'serviceName', 'exception'];

/**
 * Expected errors pass through; a dependency that is down (database, search engine) becomes the
 * retryable UNAVAILABLE; anything else becomes INTERNAL_SERVER_ERROR with a trace id and a log line.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isErrorCode(code) && EXPECTED_CODES.has(code)) {
      const extensions = Object.fromEntries(
        Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)),
      );
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
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, traceId },
    };
  };
}
