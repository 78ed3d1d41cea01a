import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { unauthenticated } from '@mam/graphql';
import {
  findAccountByEmail,
  insertAccount,
  takeInvite,
  updateAccountPassword,
  upsertAccountMember,
} from '../../repositories/account.repository';
import { invalidLink } from './account-errors';
import { nameInput, passwordInput } from './account-input';
import { hashPassword, verifyPassword } from './password-hash';
import type { SignedInAccount } from './signed-in-account';
import { startSession } from './start-session';

export interface AcceptInviteInput {
  inviteTokenHash: string;
  password: string;
  name?: string | null;
  sessionTokenHash: string;
}

/**
 * Accepts an invite once: makes the account (or, for an address that already has one, checks its
 * password), adds it to the workspace with the invite's role and opens a session there.
 * INVALID_LINK for an unknown, expired, revoked or used invite; a weak password uses nothing up.
 */
export async function acceptInvite(dataSource: DataSource, input: AcceptInviteInput): Promise<SignedInAccount> {
  const password = passwordInput(input.password);
  const name = nameInput(input.name);
  const passwordHash = await hashPassword(password);
  return dataSource.transaction(async (manager) => {
    const invite = await takeInvite(manager, input.inviteTokenHash);
    if (!invite) throw invalidLink('invite');
    let account = await findAccountByEmail(manager, invite.email);
    if (!account) {
      const id = uuidv7();
      await insertAccount(manager, { id, email: invite.email, name, passwordHash });
      account = (await findAccountByEmail(manager, invite.email))!;
    } else if (account.password_hash) {
      if (!(await verifyPassword(account.password_hash, password)))
        throw unauthenticated(`${invite.email} already has an account: enter its password to accept`);
    } else {
      await updateAccountPassword(manager, account.id, passwordHash, name || undefined);
    }
    await upsertAccountMember(manager, invite.workspace_id, account.id, invite.role);
    return startSession(manager, account.id, input.sessionTokenHash, invite.workspace_id);
  });
}
