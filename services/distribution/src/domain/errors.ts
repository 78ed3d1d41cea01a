import { GraphQLError } from 'graphql';
import { ErrorCode } from '@mam/graphql';

/** Something the caller named does not exist, or is not theirs to see. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.notFound } });
}

/** Refused because of the current state, which is named. */
export function conflict(message: string, current?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.conflict, ...(current ? { current } : {}) } });
}
