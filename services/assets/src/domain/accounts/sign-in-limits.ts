import {
  clearAttempts,
  countAttempt,
  pruneAttempts,
  uncountAttempt,
  type Db,
} from '../../repositories/account.repository';
import { tooManySignIns } from './account-errors';

/**
 * Failed sign-ins are counted in the assets database, so every gateway instance sees the same
 * counts: per account (email) and per client address, each in a window that starts with its
 * first failure. Every attempt is counted before its password is checked (atomically, so a burst
 * of parallel attempts cannot slip past the limit); a successful one is taken back. Over the
 * limit, sign-in is refused with RATE_LIMITED, without checking the password, until the window ends.
 */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;

/** Counts the attempt; RATE_LIMITED when the account or the address already used up its failures. */
export async function countSignInAttempt(db: Db, email: string, address: string): Promise<void> {
  await pruneAttempts(db, SIGN_IN_LIMITS.windowSeconds);
  const counted = await countAttempt(db, [accountKey(email), addressKey(address)], SIGN_IN_LIMITS.windowSeconds);
  const limits = [SIGN_IN_LIMITS.perAccount, SIGN_IN_LIMITS.perAddress];
  const wait = Math.max(0, ...counted.filter((c, i) => c.attempts > limits[i]).map((c) => Math.max(c.secondsLeft, 1)));
  if (wait > 0) throw tooManySignIns(wait);
}

/** A successful sign-in: the account starts afresh, and the address's attempt is no failure. */
export async function signInSucceeded(db: Db, email: string, address: string): Promise<void> {
  await clearAttempts(db, accountKey(email));
  await uncountAttempt(db, addressKey(address));
}
