import { ROLES, type Identity, type Role } from './identity';

/** What each role may do includes everything the roles below it may do. */
const RANK: Record<Role, number> = { viewer: 1, reviewer: 2, editor: 3, admin: 4 };

/** One principal's role on an asset, as assets computes and publishes it. */
export interface AccessEntry {
  /** `subject:<subject>`, `group:<id>` or `members` (every member of the workspace). */
  principal: string;
  role: Role;
}

export const MEMBERS_PRINCIPAL = 'members';
export const subjectPrincipal = (subject: string) => `subject:${subject}`;
export const groupPrincipal = (groupId: string) => `group:${groupId}`;

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

export function atLeast(role: Role | null | undefined, needed: Role): boolean {
  return !!role && RANK[role] >= RANK[needed];
}

export function higherRole(a: Role | null | undefined, b: Role | null | undefined): Role | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

export function lowerRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}

/** The caller's own role in its workspace: the highest it carries, or null for none. */
export function memberRoleOf(identity: Identity): Role | null {
  return identity.roles.reduce<Role | null>((best, role) => higherRole(best, role), null);
}

/** Every principal a grant may name that stands for this caller. */
export function principalsOf(identity: Identity): string[] {
  return [subjectPrincipal(identity.subject), ...(identity.groups ?? []).map(groupPrincipal), MEMBERS_PRINCIPAL];
}

/** Whether the caller sees every asset of its workspace (admins, and holders of a workspace-wide grant). */
export function seesWholeWorkspace(identity: Identity): boolean {
  return memberRoleOf(identity) === 'admin' || !!identity.workspaceRole;
}

/**
 * The caller's role on an asset of `workspaceId` whose access list is `entries`: admin for a
 * workspace admin; otherwise the best of its workspace-wide role and every entry naming it, each
 * capped by its own workspace role. Null means the asset does not exist for this caller.
 */
export function roleOnAsset(identity: Identity, workspaceId: string, entries: readonly AccessEntry[]): Role | null {
  if (identity.workspaceId !== workspaceId) return null;
  const member = memberRoleOf(identity);
  if (!member) return null;
  if (member === 'admin') return 'admin';
  const mine = new Set(principalsOf(identity));
  let best: Role | null = identity.workspaceRole ? lowerRole(identity.workspaceRole, member) : null;
  for (const entry of entries)
    if (mine.has(entry.principal) && isRole(entry.role)) best = higherRole(best, lowerRole(entry.role, member));
  return best;
}
