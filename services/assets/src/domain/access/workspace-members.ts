import type { DataSource } from '@mam/db';
import { badInput, isRole, type Identity, type Role } from '@mam/graphql';
import { endWorkspaceSessionsOfSubject } from '../../repositories/account.repository';
import { workspaceMemberRepository, type WorkspaceMember } from '../../repositories/workspace-member.repository';
import { ensureWorkspace } from './ensure-workspace';

export async function listMembers(dataSource: DataSource, admin: Identity): Promise<WorkspaceMember[]> {
  return workspaceMemberRepository.list(dataSource, admin.workspaceId);
}

function subjectInput(value: string): string {
  const subject = value.trim();
  if (!subject || subject.length > 300) throw badInput('subject must be 1 to 300 characters', 'subject');
  return subject;
}

/** Sets a member's role (adding, or bringing back, the member); from then on it no longer follows the member's credential. */
export async function setMemberRole(
  dataSource: DataSource,
  admin: Identity,
  input: { subject: string; role: string },
): Promise<WorkspaceMember> {
  const subject = subjectInput(input.subject);
  if (!isRole(input.role)) throw badInput('role must be admin, editor, reviewer or viewer', 'role');
  if (subject === admin.subject && input.role !== 'admin')
    throw badInput('An admin cannot lower their own role: ask another admin', 'role');
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, admin.workspaceId);
    await workspaceMemberRepository.assignRole(manager, admin.workspaceId, subject, input.role as Role);
    return (await workspaceMemberRepository.find(manager, admin.workspaceId, subject))!;
  });
}

/** Removes a member: their credentials stop working in this workspace until an admin sets a role for them again; their sessions there end. */
export async function removeMember(dataSource: DataSource, admin: Identity, rawSubject: string): Promise<boolean> {
  const subject = subjectInput(rawSubject);
  if (subject === admin.subject) throw badInput('An admin cannot remove themselves: ask another admin', 'subject');
  const removed = await workspaceMemberRepository.deactivate(dataSource, admin.workspaceId, subject);
  if (removed) await endWorkspaceSessionsOfSubject(dataSource, admin.workspaceId, subject);
  return removed;
}
