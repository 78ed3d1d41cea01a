import type { Role } from '../gql/graphql';

export const ROLES: Role[] = ['viewer', 'reviewer', 'editor', 'admin'];

export const ROLE_HINT: Record<Role, string> = {
  viewer: 'sees and downloads',
  reviewer: 'also comments and approves',
  editor: 'also uploads and edits',
  admin: 'also manages the workspace',
};

interface MemberLike {
  subject: string;
  kind: string;
  email?: string | null;
  name?: string | null;
}

/** How a member is named on admin pages: their name, their email, or the API key / token subject. */
export function memberLabel(member: MemberLike | undefined, subject: string): string {
  if (!member) return subject;
  return member.name || member.email || (member.kind === 'api_key' ? `API key ${subject.slice(0, 8)}` : subject);
}

/** A grant's principal (`subject:<s>`, `group:<id>`, `members`) in words. */
export function principalLabel(
  principal: string,
  members: MemberLike[],
  groups: Array<{ id: string; name: string }>,
): string {
  if (principal === 'members') return 'All members';
  const [kind, ...rest] = principal.split(':');
  const id = rest.join(':');
  if (kind === 'group') return `Group ${groups.find((g) => g.id === id)?.name ?? id}`;
  if (kind === 'subject')
    return memberLabel(
      members.find((m) => m.subject === id),
      id,
    );
  return principal;
}
