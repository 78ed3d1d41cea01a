import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import {
  countAccounts,
  findAccountByEmail,
  firstAdminWorkspace,
  insertAccount,
  insertSignInLink,
  lockAccountsTable,
  setWorkspaceNameIfUnset,
  upsertAccountMember,
} from '../../repositories/account.repository';
import { ensureWorkspace } from '../access/ensure-workspace';
import { emailInput } from './account-input';
import { newToken } from './tokens';

export const SIGN_IN_LINK_HOURS = 24;

export interface FirstRunOptions {
  adminEmail: string;
  /** The workspace to make (or name) for the admin. */
  workspaceId: string;
  workspaceName: string;
}

/**
 * On a database without accounts: makes the workspace and its admin account (no password) and
 * returns a one-time sign-in link token (24 h). Later, while that admin has never signed in, a
 * fresh token (earlier ones stop working); else null. Tokens are stored hashed, never printed twice.
 */
export async function prepareFirstSignIn(
  dataSource: DataSource,
  options: FirstRunOptions,
): Promise<{ token: string | null; created: boolean }> {
  const email = emailInput(options.adminEmail);
  return dataSource.transaction(async (manager) => {
    await lockAccountsTable(manager);
    const created = (await countAccounts(manager)) === 0;
    let accountId: string;
    let workspaceId = options.workspaceId;
    if (created) {
      accountId = uuidv7();
      await ensureWorkspace(manager, workspaceId);
      await setWorkspaceNameIfUnset(manager, workspaceId, options.workspaceName);
      await insertAccount(manager, { id: accountId, email, name: 'Admin', passwordHash: null });
      await upsertAccountMember(manager, workspaceId, accountId, 'admin');
    } else {
      const admin = await findAccountByEmail(manager, email);
      if (!admin || admin.last_sign_in_at || admin.password_hash) return { token: null, created };
      accountId = admin.id;
      const adminWorkspace = await firstAdminWorkspace(manager, admin.id);
      if (!adminWorkspace) return { token: null, created };
      workspaceId = adminWorkspace;
    }
    const { token, tokenHash } = newToken();
    await insertSignInLink(manager, {
      id: uuidv7(),
      accountId,
      workspaceId,
      tokenHash,
      expiresAt: new Date(Date.now() + SIGN_IN_LINK_HOURS * 3_600_000),
    });
    return { token, created };
  });
}
