import { ErrorCode, kitError, rateLimited } from '@mam/graphql';

export const WRONG_CREDENTIALS = 'Wrong email or password';

/** The one answer to a failed sign-in, whether the account exists or not. */
export const wrongCredentials = () => kitError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);

/** Too many failed sign-ins for the account or the address; try again after `retryAfterSeconds`. */
export const tooManySignIns = (retryAfterSeconds: number) =>
  rateLimited(`Too many failed sign-ins: try again in ${retryAfterSeconds} seconds`, retryAfterSeconds);

export const invalidLink = (what: 'sign-in link' | 'invite') =>
  kitError(
    ErrorCode.INVALID_LINK,
    what === 'invite'
      ? 'This invite has expired or was already used'
      : 'This sign-in link has expired or was already used',
  );
