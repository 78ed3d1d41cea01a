import { endSessionByHash, type Db } from '../../repositories/account.repository';

/** Signs out: the session's token no longer gets in. True when a live session ended. */
export function endSession(db: Db, tokenHash: string): Promise<boolean> {
  return endSessionByHash(db, tokenHash);
}
