import type { FixityCheckRow } from '../repositories/fixity.repository';
import type { ArchiveJobRow } from '../repositories/archive-jobs.repository';
import type { CopyRow } from '../repositories/packages.repository';
import type { AuditRow } from '../repositories/audit.repository';
import type { HoldRow } from '../repositories/holds.repository';
import type { PolicyRow } from '../repositories/policies.repository';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const upper = (value: string | null) => value?.toUpperCase() ?? null;

/** How archive's rows read as GraphQL types. */
export const ArchiveTypeResolvers = {
  ArchiveCopy: {
    packageId: (copy: CopyRow) => copy.package_id,
    status: (copy: CopyRow) => upper(copy.status),
    payloadBytes: (copy: CopyRow) => Number(copy.payload_bytes),
    versionIds: (copy: CopyRow) => copy.version_ids,
    createdAt: (copy: CopyRow) => iso(copy.created_at),
    lastFixityAt: (copy: CopyRow) => iso(copy.last_fixity_at),
    lastFixityResult: (copy: CopyRow) => upper(copy.last_fixity_result),
  },
  FixityCheck: {
    checkedAt: (check: FixityCheckRow) => iso(check.checked_at),
    result: (check: FixityCheckRow) => upper(check.result),
  },
  LegalHold: {
    placedBy: (hold: HoldRow) => hold.placed_by,
    placedAt: (hold: HoldRow) => iso(hold.placed_at),
  },
  ArchiveJob: {
    kind: (job: ArchiveJobRow) => upper(job.kind),
    status: (job: ArchiveJobRow) => upper(job.status),
    createdAt: (job: ArchiveJobRow) => iso(job.created_at),
    updatedAt: (job: ArchiveJobRow) => iso(job.updated_at),
  },
  ArchivePolicy: {
    collectionId: (policy: PolicyRow) => policy.collection_id,
    olderThanDays: (policy: PolicyRow) => policy.older_than_days,
    retentionDays: (policy: PolicyRow) => policy.retention_days,
    locations: (policy: PolicyRow) => policy.locations,
    metadataField: (policy: PolicyRow) => policy.metadata_field,
    metadataValue: (policy: PolicyRow) => policy.metadata_value,
    daysAfterDelivery: (policy: PolicyRow) => policy.days_after_delivery,
    everyMinutes: (policy: PolicyRow) => policy.every_minutes,
    nextRunAt: (policy: PolicyRow) => iso(policy.next_run_at),
    createdBy: (policy: PolicyRow) => policy.created_by,
    createdAt: (policy: PolicyRow) => iso(policy.created_at),
  },
  ArchiveAuditEntry: {
    at: (row: AuditRow) => iso(row.at),
  },
};
