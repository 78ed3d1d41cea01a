import { GraphQLError } from 'graphql';
import { ErrorCode } from '@mam/graphql';

/** Refused because of the current state; the message says which. */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.conflict } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.notFound } });
}
