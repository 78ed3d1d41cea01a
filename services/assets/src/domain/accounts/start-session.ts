import { forbidden } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import {
  activeMemberships,
  insertSession,
  pruneAccountSessions,
  recordAccountSignIn,
  type Db,
} from '../../repositories/account.repository';
import { signedInAccount, type SignedInAccount } from './signed-in-account';

export const SESSION_DAYS = 30;

/**
 * Opens a session (the gateway made the token and sends only its hash) for the account in the
 * workspace asked for, else in the one it used last, else in its first.
 */
export async function startSession(
  db: Db,
  accountId: string,
  tokenHash: string,
  workspaceId?: string | null,
): Promise<SignedInAccount> {
  const memberships = await activeMemberships(db, accountId);
  const chosen = workspaceId ? memberships.find((m) => m.workspace_id === workspaceId) : memberships[0];
  if (!chosen)
    throw forbidden(workspaceId ? 'You are not a member of that workspace' : 'You are not a member of any workspace');
  await pruneAccountSessions(db, accountId);
  await insertSession(db, {
    id: uuidv7(),
    tokenHash,
    accountId,
    workspaceId: chosen.workspace_id,
    expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
  });
  await recordAccountSignIn(db, accountId, chosen.workspace_id);
  return (await signedInAccount(db, accountId, chosen.workspace_id))!;
}
