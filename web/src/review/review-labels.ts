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
