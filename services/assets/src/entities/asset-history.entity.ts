import { EntitySchema } from 'typeorm';

export const HISTORY_ACTIONS = [
  'CREATED',
  'EDITED',
  'METADATA_CHANGED',
  'VERSION_ADDED',
  'VERSION_HELD',
  'VERSION_PROMOTED',
  'LOCKED',
  'UNLOCKED',
  'LOCK_BROKEN',
  'ADDED_TO_COLLECTION',
  'REMOVED_FROM_COLLECTION',
  'NOT_ADDED_TO_COLLECTION',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** One changed field of a history entry; values are shown as strings, null when absent. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** An append-only record of one change to an asset: who, when, the revision it produced, what changed. */
export interface AssetHistoryEntry {
  seq: number;
  assetId: string;
  workspaceId: string;
  action: HistoryAction;
  actor: string;
  occurredAt: Date;
  revision: number;
  versionId: string | null;
  changes: FieldChange[];
}

export const AssetHistoryEntity = new EntitySchema<AssetHistoryEntry>({
  name: 'AssetHistoryEntry',
  tableName: 'asset_history',
  columns: {
    seq: {
      type: 'bigint',
      primary: true,
      generated: 'increment',
      transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) },
    },
    assetId: { name: 'asset_id', type: 'uuid' },
    workspaceId: { name: 'workspace_id', type: 'text' },
    action: { type: 'text' },
    actor: { type: 'text' },
    occurredAt: { name: 'occurred_at', type: 'timestamptz' },
    revision: { type: 'int' },
    versionId: { name: 'version_id', type: 'uuid', nullable: true },
    changes: { type: 'jsonb', default: [] },
  },
});
