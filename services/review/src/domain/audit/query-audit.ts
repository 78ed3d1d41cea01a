import { badInput, isUuid, requireAdmin } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { auditRepository, type AuditEntry, type AuditFilter } from '../../repositories/audit.repository';

export interface AuditQuery {
  reviewId?: string | null;
  assetId?: string | null;
  versionId?: string | null;
  actor?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  after?: string | null;
  first?: number | null;
}

const date = (value: string | null | undefined, field: string) => {
  if (!value) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw badInput(`${field} is not an ISO 8601 date`, field);
  return d;
};

const uuid = (value: string | null | undefined, field: string) => {
  if (!value) return null;
  if (!isUuid(value)) throw badInput(`${field} is not an id`, field);
  return value.toLowerCase();
};

function filterOf(workspaceId: string, query: AuditQuery, limit: number): AuditFilter {
  if (query.after && !/^\d{1,18}$/.test(query.after)) throw badInput('after is not an audit entry id', 'after');
  return {
    workspaceId,
    reviewId: uuid(query.reviewId, 'reviewId'),
    assetId: uuid(query.assetId, 'assetId'),
    versionId: uuid(query.versionId, 'versionId'),
    actor: query.actor || null,
    action: query.action || null,
    from: date(query.from, 'from'),
    to: date(query.to, 'to'),
    afterId: query.after || null,
    limit,
  };
}

/** The workspace's audit trail, oldest first, filtered (admins: it holds guests' addresses and deleted texts). */
export async function queryAudit(context: ReviewContext, query: AuditQuery): Promise<AuditEntry[]> {
  const identity = requireAdmin(context);
  return auditRepository.find(
    context.dataSource,
    filterOf(identity.workspaceId, query, Math.min(Math.max(query.first ?? 100, 1), 1000)),
  );
}

const COLUMNS = [
  'id',
  'at',
  'action',
  'actor',
  'actorKind',
  'actorName',
  'address',
  'userAgent',
  'reviewId',
  'assetId',
  'versionId',
  'commentId',
  'linkId',
  'details',
] as const;

function csvCell(value: string | Date | Record<string, unknown> | null): string {
  const text =
    value instanceof Date
      ? value.toISOString()
      : value === null
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : value;
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: AuditEntry[]): string {
  return [COLUMNS.join(','), ...entries.map((e) => COLUMNS.map((c) => csvCell(e[c])).join(','))].join('\r\n') + '\r\n';
}

export function auditJson(entries: AuditEntry[]): string {
  return JSON.stringify(
    entries.map((e) =>
      Object.fromEntries(COLUMNS.map((c) => [c, e[c] instanceof Date ? (e[c] as Date).toISOString() : e[c]])),
    ),
  );
}

/** The filtered trail as one CSV or JSON document (up to 50,000 entries). */
export async function exportAudit(
  context: ReviewContext,
  query: AuditQuery,
  format: 'CSV' | 'JSON',
): Promise<{ format: 'CSV' | 'JSON'; contentType: string; content: string; entries: number }> {
  const identity = requireAdmin(context);
  const entries = await auditRepository.find(context.dataSource, filterOf(identity.workspaceId, query, 50_000));
  return format === 'CSV'
    ? { format, contentType: 'text/csv; charset=utf-8', content: auditCsv(entries), entries: entries.length }
    : { format, contentType: 'application/json', content: auditJson(entries), entries: entries.length };
}
