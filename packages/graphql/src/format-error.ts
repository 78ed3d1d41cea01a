import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@mam/logger';

const EXPECTED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'LOCKED', 'OPERATION_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);
/** Sign-in answers: too many failures, a used or expired link or invite, a cookie request without its CSRF token, sessions that cannot be checked. */
for (const code of ['RATE_LIMITED', 'INVALID_LINK', 'CSRF', 'UNAVAILABLE']) EXPECTED.add(code);

/** Expected errors pass through; anything else becomes INTERNAL_SERVER_ERROR with a trace id and a log line. */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && EXPECTED.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const traceId = randomUUID();
    logger.error({ err: (error as { originalError?: unknown })?.originalError ?? error, traceId, path: formatted.path }, 'unexpected error in resolver');
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR', traceId } };
  };
}
