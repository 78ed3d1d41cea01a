import type { StorageSourceRow } from '../../repositories/storage-sources.repository';

/** A source as the API shows it: everything but its credentials. */
export function storageSourceView(row: StorageSourceRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind.toUpperCase(),
    settings: row.settings,
    hasCredentials: Boolean(row.sealed_secret),
    mode: row.mode === 'in-place' ? 'IN_PLACE' : 'COPY',
    scheduleMinutes: row.schedule_minutes,
    watch: row.watch,
    createdAt: row.created_at.toISOString(),
    scan: {
      state: row.scan_state.toUpperCase(),
      requested: row.scan_requested_at !== null,
      listed: row.scan_listed,
      queued: row.scan_queued,
      missing: row.scan_missing,
      startedAt: row.scan_started_at?.toISOString() ?? null,
      finishedAt: row.scan_finished_at?.toISOString() ?? null,
      nextScanAt: row.next_scan_at?.toISOString() ?? null,
      error: row.scan_error,
    },
  };
}

export type StorageSourceView = ReturnType<typeof storageSourceView>;
