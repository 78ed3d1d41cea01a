import type { EntityManager } from '@mam/db';
import type { CopyRow } from './packages.repository';

type Db = Pick<EntityManager, 'query'>;

export type FixityResult = 'ok' | 'repaired' | 'failed';

export interface FixityCheckRow {
  location: string;
  checked_at: Date;
  result: FixityResult;
  detail: string | null;
}

/** The only place that reads and writes fixity state: due copies, their claims, and every check. */
export const fixityRepository = {
  /**
   * Claims the copies checked longest ago (never-checked first) whose bytes fit the budget (always
   * at least one), for `claimSeconds`; an instance that claimed them first keeps them (SKIP LOCKED).
   */
  async claimDue(db: Db, budgetBytes: number, claimSeconds: number): Promise<CopyRow[]> {
    // An UPDATE answers [rows, affected count].
    const [rows]: [{ id: string }[], number] = await db.query(
      `WITH due AS (
         SELECT c.id, sum(p.payload_bytes) OVER (ORDER BY c.last_fixity_at NULLS FIRST, c.id) - p.payload_bytes AS before
         FROM archive_copies c JOIN archive_packages p ON p.id = c.package_id
         WHERE c.status <> 'purged' AND (c.fixity_claimed_until IS NULL OR c.fixity_claimed_until < now())
         ORDER BY c.last_fixity_at NULLS FIRST, c.id
         LIMIT 1000
       ), chosen AS (
         SELECT c.id FROM archive_copies c JOIN due ON due.id = c.id WHERE due.before < $1 OR due.before = 0
         FOR UPDATE OF c SKIP LOCKED
       )
       UPDATE archive_copies SET fixity_claimed_until = now() + make_interval(secs => $2) WHERE id IN (SELECT id FROM chosen) RETURNING id::text`,
      [budgetBytes, claimSeconds],
    );
    if (!rows.length) return [];
    return db.query(
      `SELECT c.id::text, c.package_id::text, p.asset_id::text, p.workspace_id, c.location, c.bag, c.status, p.payload_bytes,
         p.version_ids::text[] AS version_ids, c.created_at, c.last_fixity_at, c.last_fixity_result
       FROM archive_copies c JOIN archive_packages p ON p.id = c.package_id WHERE c.id::text = ANY($1) ORDER BY c.last_fixity_at NULLS FIRST`,
      [rows.map((row) => row.id)],
    );
  },

  /** Records one check of a copy and what it leaves the copy as; releases the claim. */
  async record(
    db: Db,
    copyId: string,
    check: { result: FixityResult; files: number; bytes: number; detail: string | null },
  ): Promise<void> {
    await db.query('INSERT INTO fixity_checks (copy_id, result, files, bytes, detail) VALUES ($1, $2, $3, $4, $5)', [
      copyId,
      check.result,
      check.files,
      check.bytes,
      check.detail,
    ]);
    await db.query(
      `UPDATE archive_copies SET last_fixity_at = now(), last_fixity_result = $2, status = CASE WHEN $2 = 'failed' THEN 'corrupt' ELSE 'good' END,
         fixity_claimed_until = NULL WHERE id::text = $1`,
      [copyId, check.result],
    );
  },

  /** Of the latest check of each of the asset's live copies, the worst (failed, then repaired, then ok), the most recent among equals. */
  async lastOfAsset(db: Db, assetId: string): Promise<FixityCheckRow | null> {
    const [row]: FixityCheckRow[] = await db.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (f.copy_id) c.location, f.checked_at, f.result, f.detail, f.id
         FROM fixity_checks f JOIN archive_copies c ON c.id = f.copy_id JOIN archive_packages p ON p.id = c.package_id
         WHERE p.asset_id::text = $1 AND c.status <> 'purged' ORDER BY f.copy_id, f.id DESC
       ) latest ORDER BY CASE result WHEN 'failed' THEN 0 WHEN 'repaired' THEN 1 ELSE 2 END, id DESC LIMIT 1`,
      [assetId],
    );
    return row ?? null;
  },

  /** Every check of a copy, oldest first. */
  async checksOf(db: Db, copyId: string): Promise<FixityCheckRow[]> {
    return db.query(
      'SELECT c.location, f.checked_at, f.result, f.detail FROM fixity_checks f JOIN archive_copies c ON c.id = f.copy_id WHERE c.id::text = $1 ORDER BY f.id',
      [copyId],
    );
  },
};
