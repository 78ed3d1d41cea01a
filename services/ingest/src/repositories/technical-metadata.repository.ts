import type { EntityManager } from 'typeorm';

/** What probing a version's master found (or why it could not). */
export interface TechnicalMetadataRow {
  version_id: string;
  asset_id: string;
  media_kind: string;
  mime_type: string;
  // The stored description as JSON: the GraphQL resolver and the workers read the parts they need.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  metadata: Record<string, any> | null;
  error: string | null;
}

type Db = Pick<EntityManager, 'query'>;

/** The technical_metadata table: one row per probed version. */
export const technicalMetadataRepository = {
  async save(db: Db, row: TechnicalMetadataRow): Promise<void> {
    await db.query(
      `INSERT INTO technical_metadata (version_id, asset_id, media_kind, mime_type, metadata, error) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (version_id) DO UPDATE SET media_kind = EXCLUDED.media_kind, mime_type = EXCLUDED.mime_type, metadata = EXCLUDED.metadata, error = EXCLUDED.error, probed_at = now()`,
      [
        row.version_id,
        row.asset_id,
        row.media_kind,
        row.mime_type,
        row.metadata ? JSON.stringify(row.metadata) : null,
        row.error,
      ],
    );
  },
  async find(db: Db, versionId: string): Promise<TechnicalMetadataRow | undefined> {
    return (
      await db.query(
        'SELECT version_id, asset_id, media_kind, mime_type, metadata, error FROM technical_metadata WHERE version_id = $1',
        [versionId],
      )
    )[0];
  },
};
