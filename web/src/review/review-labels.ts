import type { ApprovalPolicy } from '../gql/graphql';

export function POLICY_LABEL(policy: ApprovalPolicy, quorum?: number | null): string {
  if (policy === 'ALL') return 'Everyone approves';
  if (policy === 'ANY') return 'Any one approves';
  return `${quorum ?? '?'} approvals needed`;
}

/** "Due 3 Dec" / "Overdue since 1 Dec" for a due date; undefined without one. */
export function dueLabel(dueAt: string | null | undefined, now = new Date()) {
  if (!dueAt) return undefined;
  const due = new Date(dueAt);
  const day = due.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  const overdue = due.getTime() < now.getTime();
  return { overdue, text: overdue ? `Overdue since ${day}` : `Due ${day}` };
}

/** The signed-in member as the API names them (a subject: account:<id>). */
export function memberSubject(me: { id: string } | null | undefined): string {
  if (!me) return '';
  return me.id.includes(':') ? me.id : `account:${me.id}`;
}

/**
 * How a person is shown: review knows guests by the name they gave, members only by their subject,
 * so a member is named from the workspace's member list when the page has it, else "Team member".
 */
export function personName(
  subject: string,
  given: string,
  memberNames?: ReadonlyMap<string, string>,
  self?: string,
): string {
  if (self && subject === self) return 'You';
  if (given && given !== subject && !/^account:/.test(given)) return given;
  return memberNames?.get(subject) ?? 'Team member';
}
