import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can rely on. */
export const ErrorCode = {
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  badUserInput: 'BAD_USER_INPUT',
  conflict: 'CONFLICT',
  locked: 'LOCKED',
  tooComplex: 'OPERATION_TOO_COMPLEX',
  unavailable: 'UNAVAILABLE',
} as const;

export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.unauthenticated, http: { status: 401 } } });
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.forbidden } });
}

/** Refused because someone else has the asset checked out; the message names who and until when. */
export function lockedByAnother(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.locked } });
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.badUserInput, ...(field ? { field } : {}) } });
}

/** Infrastructure the answer depends on is down: retry later (HTTP 503), never a verdict on the caller's credentials. */
export function unavailable(message = 'The service is temporarily unavailable; try again shortly'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.unavailable, retryable: true, http: { status: 503 } } });
}
