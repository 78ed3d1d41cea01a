import type { EntityManager } from '@mam/db';

type Db = Pick<EntityManager, 'query'>;

export interface PackageFile {
  path: string;
  sha256: string;
  size: number;
  versionId: string | null;
}

export interface NewPackage {
  id: string;
  assetId: string;
  workspaceId: string;
  versionIds: string[];
  payloadBytes: number;
  createdBy: string;
  policyId: string | null;
  retentionDays: number | null;
  files: PackageFile[];
  copies: { id: string; location: string; bag: string }[];
}

export interface CopyRow {
  id: string;
  package_id: string;
  asset_id: string;
  workspace_id: string;
  location: string;
  bag: string;
  status: 'good' | 'corrupt' | 'purged';
  payload_bytes: string;
  version_ids: string[];
  created_at: Date;
  last_fixity_at: Date | null;
  last_fixity_result: 'ok' | 'repaired' | 'failed' | null;
}

const COPY_COLUMNS = `c.id::text, c.package_id::text, p.asset_id::text, p.workspace_id, c.location, c.bag, c.status, p.payload_bytes,
  p.version_ids::text[] AS version_ids, c.created_at, c.last_fixity_at, c.last_fixity_result`;

/** The only place that reads and writes archive packages, their files and their copies. */
export const packagesRepository = {
  /** Records a package whose copies were all written and verified, in the caller's transaction. */
  async insert(db: Db, pkg: NewPackage): Promise<void> {
    await db.query(
      `INSERT INTO archive_packages (id, asset_id, workspace_id, version_ids, payload_bytes, created_by, policy_id, retain_until)
       VALUES ($1, $2, $3, $4::uuid[], $5, $6, $7, CASE WHEN $8::int IS NULL THEN NULL ELSE now() + make_interval(days => $8::int) END)`,
      [
        pkg.id,
        pkg.assetId,
        pkg.workspaceId,
        pkg.versionIds,
        pkg.payloadBytes,
        pkg.createdBy,
        pkg.policyId,
        pkg.retentionDays,
      ],
    );
    for (const file of pkg.files) {
      await db.query(
        'INSERT INTO archive_files (package_id, path, sha256, size, version_id) VALUES ($1, $2, $3, $4, $5)',
        [pkg.id, file.path, file.sha256, file.size, file.versionId],
      );
    }
    for (const copy of pkg.copies) {
      await db.query(
        `INSERT INTO archive_copies (id, package_id, location, bag, status, last_fixity_at, last_fixity_result) VALUES ($1, $2, $3, $4, 'good', now(), 'ok')`,
        [copy.id, pkg.id, copy.location, copy.bag],
      );
    }
  },

  async exists(db: Db, packageId: string): Promise<boolean> {
    return (await db.query('SELECT 1 FROM archive_packages WHERE id::text = $1', [packageId])).length > 0;
  },

  async versionsOf(db: Db, packageId: string): Promise<string[]> {
    const [row]: { version_ids: string[] }[] = await db.query(
      'SELECT version_ids::text[] AS version_ids FROM archive_packages WHERE id::text = $1',
      [packageId],
    );
    return row?.version_ids ?? [];
  },

  async files(db: Db, packageId: string): Promise<PackageFile[]> {
    const rows: { path: string; sha256: string; size: string; version_id: string | null }[] = await db.query(
      'SELECT path, sha256, size, version_id::text FROM archive_files WHERE package_id::text = $1 ORDER BY path',
      [packageId],
    );
    return rows.map((row) => ({
      path: row.path,
      sha256: row.sha256,
      size: Number(row.size),
      versionId: row.version_id,
    }));
  },

  /** Every copy of an asset's packages, newest package first. */
  async copiesOfAsset(db: Db, assetId: string): Promise<CopyRow[]> {
    return db.query(
      `SELECT ${COPY_COLUMNS} FROM archive_copies c JOIN archive_packages p ON p.id = c.package_id WHERE p.asset_id::text = $1 ORDER BY p.created_at DESC, c.location`,
      [assetId],
    );
  },

  async copiesOfPackage(db: Db, packageId: string): Promise<CopyRow[]> {
    return db.query(
      `SELECT ${COPY_COLUMNS} FROM archive_copies c JOIN archive_packages p ON p.id = c.package_id WHERE p.id::text = $1 ORDER BY c.location`,
      [packageId],
    );
  },

  /** A package for a purge, locked for the caller's transaction. */
  async lockForPurge(
    db: Db,
    packageId: string,
  ): Promise<{
    id: string;
    asset_id: string;
    version_ids: string[];
    retain_until: Date | null;
    purged_at: Date | null;
  } | null> {
    const [row] = await db.query(
      'SELECT id::text, asset_id::text, version_ids::text[] AS version_ids, retain_until, purged_at FROM archive_packages WHERE id::text = $1 FOR UPDATE',
      [packageId],
    );
    return row ?? null;
  },

  /** Whether another unpurged package holds the version's master. */
  async otherHolder(db: Db, versionId: string, packageId: string): Promise<boolean> {
    const rows = await db.query(
      'SELECT 1 FROM archive_packages WHERE id::text <> $2 AND purged_at IS NULL AND $1::uuid = ANY(version_ids) LIMIT 1',
      [versionId, packageId],
    );
    return rows.length > 0;
  },

  /** A purged package keeps its record, its files' checksums and its copies' fixity history; the copies are marked purged. */
  async markPurged(db: Db, packageId: string): Promise<void> {
    await db.query('UPDATE archive_packages SET purged_at = now() WHERE id::text = $1', [packageId]);
    await db.query(`UPDATE archive_copies SET status = 'purged' WHERE package_id::text = $1`, [packageId]);
  },

  /** The newest package holding a version's master, and the master's path and sha256 in it. */
  async masterOf(
    db: Db,
    versionId: string,
  ): Promise<{ packageId: string; path: string; sha256: string; size: number } | null> {
    const [row]: { package_id: string; path: string; sha256: string; size: string }[] = await db.query(
      `SELECT f.package_id::text, f.path, f.sha256, f.size FROM archive_files f JOIN archive_packages p ON p.id = f.package_id
       WHERE f.version_id::text = $1 AND p.purged_at IS NULL ORDER BY p.created_at DESC LIMIT 1`,
      [versionId],
    );
    return row ? { packageId: row.package_id, path: row.path, sha256: row.sha256, size: Number(row.size) } : null;
  },
};
