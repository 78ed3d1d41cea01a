import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { badInput, isRole, type Identity } from '@mam/graphql';
import { ensureWorkspace } from '../access/ensure-workspace';
import { insertInvite, openInvites, revokeOpenInvite, type InviteRow } from '../../repositories/account.repository';
import { emailInput } from './account-input';
import { newToken } from './tokens';

export const INVITE_DAYS = 7;

export interface Invite {
  id: string;
  email: string;
  role: string;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  /** `<public base>/invite#token=<token>`: only when the invite is made; the token is stored hashed. */
  url: string | null;
}

const toInvite = (row: InviteRow, url: string | null = null): Invite => ({
  id: row.id,
  email: row.email,
  role: row.role,
  invitedBy: row.invited_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  url,
});

/** Invites a person by email address with a role in the admin's workspace; the link is valid for a week. */
export async function inviteMember(
  dataSource: DataSource,
  admin: Identity,
  input: { email: string; role: string },
  publicBaseUrl: string,
): Promise<Invite> {
  const email = emailInput(input.email);
  if (!isRole(input.role)) throw badInput('role must be admin, editor, reviewer or viewer', 'role');
  const { token, tokenHash } = newToken();
  const row = await dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, admin.workspaceId);
    return insertInvite(manager, {
      id: uuidv7(),
      workspaceId: admin.workspaceId,
      email,
      role: input.role,
      tokenHash,
      invitedBy: admin.subject,
      expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
    });
  });
  return toInvite(row, `${publicBaseUrl.replace(/\/$/, '')}/invite#token=${token}`);
}

export async function listInvites(dataSource: DataSource, admin: Identity): Promise<Invite[]> {
  return (await openInvites(dataSource, admin.workspaceId)).map((row) => toInvite(row));
}

export function revokeInvite(dataSource: DataSource, admin: Identity, id: string): Promise<boolean> {
  return revokeOpenInvite(dataSource, admin.workspaceId, id);
}
