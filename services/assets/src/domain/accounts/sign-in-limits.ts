import { clearFailures, countFailure, secondsUntilAllowed, type Db } from '../../repositories/account.repository';
import { rateLimited } from './account-errors';

/**
 * Failed sign-ins are counted in the assets database, so every gateway instance sees the same
 * counts: per account (email) and per client address, each in a window that starts with its
 * first failure. Over the limit, sign-in is refused with RATE_LIMITED until the window ends.
 */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

const keysOf = (email: string, address: string) => [
  { key: `account:${email}`, max: SIGN_IN_LIMITS.perAccount },
  { key: `address:${address}`, max: SIGN_IN_LIMITS.perAddress },
];

export async function assertSignInAllowed(db: Db, email: string, address: string): Promise<void> {
  const wait = await secondsUntilAllowed(db, keysOf(email, address), SIGN_IN_LIMITS.windowSeconds);
  if (wait > 0) throw rateLimited(wait);
}

export async function recordSignInFailure(db: Db, email: string, address: string): Promise<void> {
  await countFailure(db, keysOf(email, address).map((k) => k.key), SIGN_IN_LIMITS.windowSeconds);
}

export async function recordSignInSuccess(db: Db, email: string): Promise<void> {
  await clearFailures(db, `account:${email}`);
}
