import { EntitySchema } from 'typeorm';

/** Append-only trail of everything that happened in review to an asset. */
export interface ReviewAuditEntry {
  id: string;
  assetId: string;
  eventId: string | null;
  action: string;
  actor: string;
  at: Date;
}

export const ReviewAuditEntity = new EntitySchema<ReviewAuditEntry>({
  name: 'ReviewAuditEntry',
  tableName: 'review_audit',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    assetId: { name: 'asset_id', type: 'uuid' },
    eventId: { name: 'event_id', type: 'uuid', nullable: true },
    action: { type: 'text' },
    actor: { type: 'text' },
    at: { type: 'timestamptz' },
  },
});
