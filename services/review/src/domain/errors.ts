import { ErrorCode, kitError, rateLimited } from '@mam/graphql';

/** One answer for a wrong token, a wrong password, an expired and a revoked link. */
export function invalidLink() {
  return kitError(
    ErrorCode.INVALID_LINK,
    'This share link or password is not valid, or the link has expired or was revoked',
  );
}

export function tooManyLinkAttempts(retryAfterSeconds: number) {
  return rateLimited(
    `Too many failed attempts from this address; try again in ${retryAfterSeconds} seconds`,
    retryAfterSeconds,
  );
}
