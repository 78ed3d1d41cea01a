import { activeMemberships, findAccount, type Db } from '../../repositories/account.repository';

export interface AccountWorkspace {
  id: string;
  name: string;
  role: string;
}

/** What the web app shows of the signed-in person: who they are, where they act and where else they could. */
export interface SignedInAccount {
  id: string;
  email: string;
  name: string;
  workspaceId: string;
  workspaceName: string;
  role: string;
  workspaces: AccountWorkspace[];
}

/** The account acting in `workspaceId`; null when it is not (or no longer) an active member there. */
export async function signedInAccount(db: Db, accountId: string, workspaceId: string): Promise<SignedInAccount | null> {
  const account = await findAccount(db, accountId);
  if (!account) return null;
  const workspaces = (await activeMemberships(db, accountId)).map((m) => ({
    id: m.workspace_id,
    name: m.workspace_name ?? m.workspace_id,
    role: m.role,
  }));
  const current = workspaces.find((w) => w.id === workspaceId);
  if (!current) return null;
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    workspaceId: current.id,
    workspaceName: current.name,
    role: current.role,
    workspaces,
  };
}
