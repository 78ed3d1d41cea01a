import { unauthenticated } from '@mam/graphql';
import { findLiveSession, type Db } from '../../repositories/account.repository';
import { signedInAccount, type SignedInAccount } from './signed-in-account';

/** The signed-in person behind a live session; UNAUTHENTICATED when there is none (or they were removed). */
export async function sessionAccount(db: Db, tokenHash: string): Promise<SignedInAccount> {
  const session = await findLiveSession(db, tokenHash);
  const account = session && (await signedInAccount(db, session.account_id, session.workspace_id));
  if (!account) throw unauthenticated('Not signed in');
  return account;
}
