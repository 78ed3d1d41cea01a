import { GraphQLError } from 'graphql';
import { ErrorCode } from '@mam/graphql';

/** The same answer for something that does not exist and something the caller may not see. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.notFound } });
}

/** One answer for a wrong token, a wrong password, an expired and a revoked link. */
export function invalidLink(): GraphQLError {
  return new GraphQLError('This share link or password is not valid, or the link has expired or was revoked', { extensions: { code: 'INVALID_LINK' } });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many failed attempts from this address; try again in ${retryAfterSeconds} seconds`, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } });
}
