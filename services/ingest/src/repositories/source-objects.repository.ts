import type { EntityManager } from 'typeorm';
import type { SourceFile } from '@mam/storage';

type Db = Pick<EntityManager, 'query'>;

/** What a scan learned about one listed file, compared with what the previous scans recorded. */
export interface ListedFile extends SourceFile {
  /** Never taken in before (or its first ingest was never queued). */
  isNew: boolean;
  /** Taken in before with another size, date or ETag. */
  changed: boolean;
  /** This scan had recorded it already (a resumed scan lists some files twice). */
  alreadySeen: boolean;
  /** The asset it became, when it became one. */
  assetId: string | null;
}

export interface SourceObjectRow {
  source_id: string;
  path: string;
  size: string;
  modified_at: Date | null;
  etag: string | null;
  state: 'present' | 'missing';
  missing_since: Date | null;
  asset_id: string | null;
  version_id: string | null;
}

/** The files of each storage source as its scans found them; one row per path. */
export const sourceObjectsRepository = {
  /**
   * Records one listed page in one statement: every file is marked seen by this scan (a file that
   * was missing is present again), and each comes back with whether it is new or changed since the
   * facts recorded when it was last taken in. Those facts change only once its ingest is queued
   * (setVersion), so a scan that stops between listing and queueing finds the same work again.
   */
  async recordListed(db: Db, sourceId: string, scanId: string, files: SourceFile[]): Promise<ListedFile[]> {
    if (!files.length) return [];
    const rows: {
      path: string;
      size: string;
      modified_at: Date;
      etag: string | null;
      is_new: boolean;
      changed: boolean;
      already_seen: boolean;
      asset_id: string | null;
    }[] = await db.query(
      `WITH incoming AS (
         SELECT * FROM unnest($3::text[], $4::bigint[], $5::timestamptz[], $6::text[]) AS t(path, size, modified_at, etag)
       ), before AS (
         SELECT o.path, o.size, o.modified_at, o.etag, o.asset_id, o.version_id, o.seen_scan FROM source_objects o
          WHERE o.source_id = $1 AND o.path = ANY($3::text[])
       ), written AS (
         INSERT INTO source_objects (source_id, path, size, modified_at, etag, seen_scan, state)
         SELECT $1, path, size, modified_at, etag, $2, 'present' FROM incoming
         ON CONFLICT (source_id, path) DO UPDATE SET seen_scan = EXCLUDED.seen_scan, state = 'present', missing_since = NULL
         RETURNING path
       )
       SELECT i.path, i.size, i.modified_at, i.etag, b.asset_id,
              (b.path IS NULL OR b.version_id IS NULL) AS is_new,
              COALESCE(b.seen_scan = $2, false) AS already_seen,
              (b.version_id IS NOT NULL AND (b.size <> i.size OR b.modified_at IS DISTINCT FROM i.modified_at
                                             OR b.etag IS DISTINCT FROM i.etag)) AS changed
         FROM incoming i LEFT JOIN before b USING (path)
        WHERE EXISTS (SELECT 1 FROM written w WHERE w.path = i.path)`,
      [
        sourceId,
        scanId,
        files.map((file) => file.path),
        files.map((file) => file.size),
        files.map((file) => file.modifiedAt),
        files.map((file) => file.etag),
      ],
    );
    return rows.map((row) => ({
      path: row.path,
      size: Number(row.size),
      modifiedAt: row.modified_at,
      etag: row.etag,
      isNew: row.is_new,
      changed: row.changed,
      alreadySeen: row.already_seen,
      assetId: row.asset_id,
    }));
  },
  /** The scan has listed everything: files it did not see are gone from the source. Returns how many are missing now. */
  async markUnseenMissing(db: Db, sourceId: string, scanId: string): Promise<number> {
    await db.query(
      `UPDATE source_objects SET state = 'missing', missing_since = now()
        WHERE source_id = $1 AND seen_scan <> $2 AND state = 'present'`,
      [sourceId, scanId],
    );
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM source_objects WHERE source_id = $1 AND state = 'missing'`,
      [sourceId],
    );
    return count;
  },
  /** The file, with these facts, is becoming this version of this asset. */
  async setVersion(
    db: Db,
    sourceId: string,
    file: SourceFile,
    ids: { assetId: string; versionId: string },
  ): Promise<void> {
    await db.query(
      `UPDATE source_objects SET asset_id = $3, version_id = $4, size = $5, modified_at = $6, etag = $7
        WHERE source_id = $1 AND path = $2`,
      [sourceId, file.path, ids.assetId, ids.versionId, file.size, file.modifiedAt, file.etag],
    );
  },
  /** The file is (again) this version of its asset. */
  async pointAt(db: Db, sourceId: string, path: string, versionId: string): Promise<void> {
    await db.query('UPDATE source_objects SET version_id = $3 WHERE source_id = $1 AND path = $2', [
      sourceId,
      path,
      versionId,
    ]);
  },
  /** Forgets the recorded facts of a file, so the next scan sees it as changed and takes it up again. */
  async forgetFacts(db: Db, sourceId: string, path: string): Promise<void> {
    await db.query('UPDATE source_objects SET modified_at = NULL, etag = NULL WHERE source_id = $1 AND path = $2', [
      sourceId,
      path,
    ]);
  },
  /** The source file each asset came from (the latest one when several did). */
  async forAssets(db: Db, assetIds: string[]): Promise<SourceObjectRow[]> {
    return db.query(
      `SELECT DISTINCT ON (asset_id) * FROM source_objects WHERE asset_id = ANY($1::uuid[]) ORDER BY asset_id, state DESC`,
      [assetIds],
    );
  },
};
