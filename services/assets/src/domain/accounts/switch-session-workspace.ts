import { forbidden, unauthenticated } from '@mam/graphql';
import { findLiveSession, moveSession, recordAccountSignIn, type Db } from '../../repositories/account.repository';
import { signedInAccount, type SignedInAccount } from './signed-in-account';

/** Moves a session to another workspace the account is an active member of; FORBIDDEN otherwise. */
export async function switchSessionWorkspace(db: Db, tokenHash: string, workspaceId: string): Promise<SignedInAccount> {
  const session = await findLiveSession(db, tokenHash);
  if (!session) throw unauthenticated('Not signed in');
  const account = await signedInAccount(db, session.account_id, workspaceId);
  if (!account) throw forbidden('You are not a member of that workspace');
  await moveSession(db, session.id, workspaceId);
  await recordAccountSignIn(db, session.account_id, workspaceId);
  return account;
}
