import { GraphQLError } from 'graphql';

export const WRONG_CREDENTIALS = 'Wrong email or password';

/** The one answer to a failed sign-in, whether the account exists or not. */
export const wrongCredentials = () => new GraphQLError(WRONG_CREDENTIALS, { extensions: { code: 'UNAUTHENTICATED' } });

/** Too many failed sign-ins for the account or the address; try again after `retryAfterSeconds`. */
export const rateLimited = (retryAfterSeconds: number) =>
  new GraphQLError(`Too many failed sign-ins: try again in ${retryAfterSeconds} seconds`, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } });

export const invalidLink = (what: 'sign-in link' | 'invite') =>
  new GraphQLError(what === 'invite' ? 'This invite has expired or was already used' : 'This sign-in link has expired or was already used', { extensions: { code: 'INVALID_LINK' } });

/** BAD_USER_INPUT naming the field, as `extensions.fields.<field>` (and `extensions.field`). */
export const badField = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, fields: { [field]: message } } });
