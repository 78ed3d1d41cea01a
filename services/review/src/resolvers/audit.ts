import type { ReviewContext } from '../context';
import { exportAudit, queryAudit, type AuditQuery } from '../domain/audit/query-audit';
import { recordViewing, type ViewingAction } from '../domain/audit/record-viewing';
import type { AuditEntry } from '../repositories/audit.repository';

export const auditEntry = (e: AuditEntry) => ({ ...e, at: e.at.toISOString(), details: JSON.stringify(e.details) });

export const auditQueries = {
  reviewAudit: async (
    _: unknown,
    args: { filter?: AuditQuery | null; after?: string | null; first?: number | null },
    context: ReviewContext,
  ) => (await queryAudit(context, { ...args.filter, after: args.after, first: args.first })).map(auditEntry),
  exportReviewAudit: (
    _: unknown,
    args: { filter?: AuditQuery | null; format: 'CSV' | 'JSON' },
    context: ReviewContext,
  ) => exportAudit(context, { ...args.filter }, args.format),
};

export const auditMutations = {
  recordViewing: (
    _: unknown,
    args: { versionId: string; action: ViewingAction; frame?: number | null },
    context: ReviewContext,
  ) => recordViewing(context, args.versionId, args.action, args.frame),
};
