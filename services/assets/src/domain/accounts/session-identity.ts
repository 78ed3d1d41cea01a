import type { DataSource } from '@mam/db';
import { accountSubject, endSessionById, findLiveSession } from '../../repositories/account.repository';
import { memberIdentity } from '../access/resolve-principal';

export interface SessionIdentity {
  subject: string;
  workspaceId: string;
  role: string;
  groups: string[];
  workspaceRole: string | null;
}

/**
 * The member a session acts as, for the gateway to sign: null for an unknown, ended or expired
 * session, and for one whose account is no longer a member of its workspace (the session ends).
 */
export async function sessionIdentity(dataSource: DataSource, tokenHash: string): Promise<SessionIdentity | null> {
  const session = await findLiveSession(dataSource, tokenHash);
  if (!session) return null;
  const identity = await memberIdentity(
    dataSource.manager,
    session.workspace_id,
    accountSubject(session.account_id),
    'user',
  );
  if (!identity) {
    await endSessionById(dataSource, session.id);
    return null;
  }
  return {
    subject: identity.subject,
    workspaceId: identity.workspaceId,
    role: identity.roles[0],
    groups: identity.groups ?? [],
    workspaceRole: identity.workspaceRole ?? null,
  };
}
