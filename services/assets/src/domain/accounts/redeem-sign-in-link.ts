import type { DataSource } from '@mam/db';
import { takeSignInLink } from '../../repositories/account.repository';
import { invalidLink } from './account-errors';
import type { SignedInAccount } from './signed-in-account';
import { startSession } from './start-session';

/** Uses a one-time sign-in link: opens a session in the link's workspace; INVALID_LINK when expired or used. */
export async function redeemSignInLink(
  dataSource: DataSource,
  linkTokenHash: string,
  sessionTokenHash: string,
): Promise<SignedInAccount> {
  return dataSource.transaction(async (manager) => {
    const link = await takeSignInLink(manager, linkTokenHash);
    if (!link) throw invalidLink('sign-in link');
    return startSession(manager, link.account_id, sessionTokenHash, link.workspace_id);
  });
}
