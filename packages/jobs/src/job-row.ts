/** Where a job stands. `queued` and `running` are unfinished; the others are outcomes. */
export type JobStatus = 'queued' | 'running' | 'ready' | 'failed' | 'skipped' | 'cancelled';

/** One row of a service's job table; a service's own columns (ingest: asset_id, version_id) come along. */
export interface JobRow<Payload = Record<string, unknown>, Output = unknown> {
  id: string;
  kind: string;
  key: string | null;
  status: JobStatus;
  progress: number;
  attempts: number;
  reason: string | null;
  worker: string | null;
  lease_expires_at: Date | null;
  payload: Payload;
  output: Output | null;
  created_at: Date;
  updated_at: Date;
  [column: string]: unknown;
}
