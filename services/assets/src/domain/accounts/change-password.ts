import type { DataSource } from '@mam/db';
import { unauthenticated } from '@mam/graphql';
import {
  endAccountSessions,
  findAccount,
  findLiveSession,
  updateAccountPassword,
} from '../../repositories/account.repository';
import { wrongCredentials } from './account-errors';
import { passwordInput } from './account-input';
import { hashPassword, verifyPassword } from './password-hash';
import type { SignedInAccount } from './signed-in-account';
import { startSession } from './start-session';

export interface ChangePasswordInput {
  sessionTokenHash: string;
  /** Required when the account has a password (an account made by a first-run link has none). */
  currentPassword?: string | null;
  newPassword: string;
  /** The session that replaces every one the account had. */
  newSessionTokenHash: string;
}

/** Sets a new password; every session of the account ends, and a new one opens for the caller. */
export async function changePassword(dataSource: DataSource, input: ChangePasswordInput): Promise<SignedInAccount> {
  const session = await findLiveSession(dataSource, input.sessionTokenHash);
  if (!session) throw unauthenticated('Not signed in');
  const account = (await findAccount(dataSource, session.account_id))!;
  if (
    account.password_hash &&
    !(await verifyPassword(
      account.password_hash,
      typeof input.currentPassword === 'string' ? input.currentPassword : '',
    ))
  )
    throw wrongCredentials();
  const passwordHash = await hashPassword(passwordInput(input.newPassword));
  return dataSource.transaction(async (manager) => {
    await updateAccountPassword(manager, account.id, passwordHash);
    await endAccountSessions(manager, account.id);
    return startSession(manager, account.id, input.newSessionTokenHash, session.workspace_id);
  });
}
