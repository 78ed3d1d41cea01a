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

/** A dependency (database, search engine) is down for now: retry shortly. */
export function unavailable(message = 'A service this request needs is unavailable for now; retry shortly'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.unavailable, retryable: true } });
}
