import { findAccountByEmail, type Db } from '../../repositories/account.repository';
import { wrongCredentials } from './account-errors';
import { verifyAgainstDecoy, verifyPassword } from './password-hash';
import { countSignInAttempt, signInSucceeded } from './sign-in-limits';
import type { SignedInAccount } from './signed-in-account';
import { startSession } from './start-session';

export interface SignInInput {
  email: string;
  password: string;
  workspaceId?: string | null;
  /** The client's address as the gateway saw it. */
  address: string;
  sessionTokenHash: string;
}

/**
 * Signs a person in with email and password. An unknown email, an account without a password
 * and a wrong password all get the same answer after the same argon2 work.
 */
export async function signIn(db: Db, input: SignInInput): Promise<SignedInAccount> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
  const password = typeof input.password === 'string' ? input.password.slice(0, 1000) : '';
  await countSignInAttempt(db, email, input.address);
  const account = email ? await findAccountByEmail(db, email) : undefined;
  const ok = account?.password_hash
    ? await verifyPassword(account.password_hash, password)
    : await verifyAgainstDecoy(password);
  if (!account || !ok) throw wrongCredentials();
  await signInSucceeded(db, email, input.address);
  return startSession(db, account.id, input.sessionTokenHash, input.workspaceId);
}
