/** How many of a review's named reviewers must approve a version. */
export type ApprovalPolicy = 'ALL' | 'ANY' | 'QUORUM';
export type Decision = 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED';
export type VersionStatus = 'PENDING' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'REJECTED' | 'APPROVED';

/** Approvals the policy needs out of `reviewers` named reviewers. */
export function approvalsNeeded(policy: ApprovalPolicy, reviewers: number, quorum: number | null): number {
  if (policy === 'ALL') return reviewers;
  if (policy === 'ANY') return 1;
  return Math.min(quorum ?? 1, reviewers);
}

/**
 * A version's status under a review's policy, from each named reviewer's latest decision:
 * APPROVED once enough approve; CHANGES_REQUESTED (REJECTED when someone rejected) once the
 * approvals still possible cannot reach the policy; IN_REVIEW otherwise.
 */
export function statusUnderPolicy(
  policy: ApprovalPolicy,
  quorum: number | null,
  reviewers: string[],
  latest: ReadonlyMap<string, Decision>,
): VersionStatus {
  const needed = approvalsNeeded(policy, reviewers.length, quorum);
  const decisions = reviewers.map((r) => latest.get(r));
  const approved = decisions.filter((d) => d === 'APPROVED').length;
  const undecided = decisions.filter((d) => d === undefined).length;
  if (needed > 0 && approved >= needed) return 'APPROVED';
  if (approved + undecided < needed) return decisions.includes('REJECTED') ? 'REJECTED' : 'CHANGES_REQUESTED';
  return 'IN_REVIEW';
}
