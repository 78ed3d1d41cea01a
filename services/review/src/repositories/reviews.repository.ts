import type { Queryable } from './queryable';
import type { ApprovalPolicy, Decision } from '../domain/reviews/review-policy';

export interface ReviewRow {
  id: string;
  workspaceId: string;
  title: string;
  collectionId: string | null;
  policy: ApprovalPolicy;
  quorum: number | null;
  dueAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

export interface ReviewerRow {
  reviewer: string;
  kind: 'MEMBER' | 'GUEST';
}

export interface DecisionRow {
  id: string;
  reviewId: string;
  versionId: string;
  assetId: string;
  reviewer: string;
  decidedBy: string;
  decision: Decision;
  note: string;
  decidedAt: Date;
}

const REVIEW = `id::text, workspace_id AS "workspaceId", title, collection_id::text AS "collectionId", policy, quorum, due_at AS "dueAt", created_by AS "createdBy", created_at AS "createdAt"`;
const DECISION = `id::text, review_id::text AS "reviewId", version_id::text AS "versionId", asset_id::text AS "assetId", reviewer, decided_by AS "decidedBy", decision, note, decided_at AS "decidedAt"`;

/** The only place that reads and writes reviews, their assets, reviewers and decisions, and the collection membership projection. */
export const reviewsRepository = {
  async insert(
    db: Queryable,
    review: Omit<ReviewRow, 'createdAt'>,
    assetIds: string[],
    reviewers: ReviewerRow[],
  ): Promise<void> {
    await db.query(
      'INSERT INTO reviews (id, workspace_id, title, collection_id, policy, quorum, due_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [
        review.id,
        review.workspaceId,
        review.title,
        review.collectionId,
        review.policy,
        review.quorum,
        review.dueAt,
        review.createdBy,
      ],
    );
    if (assetIds.length)
      await db.query('INSERT INTO review_assets (review_id, asset_id) SELECT $1, unnest($2::uuid[])', [
        review.id,
        assetIds,
      ]);
    for (const r of reviewers)
      await db.query('INSERT INTO review_reviewers (review_id, reviewer, kind) VALUES ($1, $2, $3)', [
        review.id,
        r.reviewer,
        r.kind,
      ]);
  },

  async find(db: Queryable, id: string): Promise<ReviewRow | null> {
    const [row]: ReviewRow[] = await db.query(`SELECT ${REVIEW} FROM reviews WHERE id = $1`, [id]);
    return row ?? null;
  },

  async listForWorkspace(db: Queryable, workspaceId: string, limit: number): Promise<ReviewRow[]> {
    return db.query(`SELECT ${REVIEW} FROM reviews WHERE workspace_id = $1 ORDER BY created_at DESC LIMIT $2`, [
      workspaceId,
      limit,
    ]);
  },

  /** The review's assets: those named, and every asset now in its collection. */
  async assetIds(db: Queryable, review: Pick<ReviewRow, 'id' | 'collectionId' | 'workspaceId'>): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT asset_id::text AS id FROM review_assets WHERE review_id = $1
       UNION SELECT asset_id::text FROM asset_collections WHERE $2::uuid IS NOT NULL AND workspace_id = $3 AND $2::uuid = ANY(collection_ids)
       ORDER BY id`,
      [review.id, review.collectionId, review.workspaceId],
    );
    return rows.map((r) => r.id);
  },

  async includesAsset(
    db: Queryable,
    review: Pick<ReviewRow, 'id' | 'collectionId' | 'workspaceId'>,
    assetId: string,
  ): Promise<boolean> {
    return (await this.assetIds(db, review)).includes(assetId.toLowerCase());
  },

  /** Reviews of the workspace that gather the asset, by name or through their collection. */
  async idsForAsset(db: Queryable, workspaceId: string, assetId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT r.id::text FROM reviews r WHERE r.workspace_id = $1 AND (
         EXISTS (SELECT 1 FROM review_assets a WHERE a.review_id = r.id AND a.asset_id = $2)
         OR EXISTS (SELECT 1 FROM asset_collections c WHERE c.asset_id = $2 AND r.collection_id = ANY(c.collection_ids)))`,
      [workspaceId, assetId],
    );
    return rows.map((r) => r.id);
  },

  async reviewers(db: Queryable, reviewId: string): Promise<ReviewerRow[]> {
    return db.query('SELECT reviewer, kind FROM review_reviewers WHERE review_id = $1 ORDER BY reviewer', [reviewId]);
  },

  async insertDecision(db: Queryable, decision: Omit<DecisionRow, 'id' | 'decidedAt'>): Promise<DecisionRow> {
    const [row]: DecisionRow[] = await db.query(
      `INSERT INTO review_decisions (review_id, version_id, asset_id, reviewer, decided_by, decision, note) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${DECISION}`,
      [
        decision.reviewId,
        decision.versionId,
        decision.assetId,
        decision.reviewer,
        decision.decidedBy,
        decision.decision,
        decision.note,
      ],
    );
    return row;
  },

  /** Every decision on a version in any review, oldest first (superseded ones included). */
  async decisionsOnVersion(db: Queryable, versionId: string): Promise<DecisionRow[]> {
    return db.query(`SELECT ${DECISION} FROM review_decisions WHERE version_id = $1 ORDER BY id`, [versionId]);
  },

  /** Every decision on a version within a review, oldest first (superseded ones included). */
  async decisions(db: Queryable, reviewId: string, versionId: string): Promise<DecisionRow[]> {
    return db.query(`SELECT ${DECISION} FROM review_decisions WHERE review_id = $1 AND version_id = $2 ORDER BY id`, [
      reviewId,
      versionId,
    ]);
  },

  /** Serialises decisions on one version of one review, so the policy is evaluated on what is committed. */
  async lockVersion(db: Queryable, reviewId: string, versionId: string): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${reviewId}:${versionId}`]);
  },

  async recordCollections(db: Queryable, assetId: string, workspaceId: string, collectionIds: string[]): Promise<void> {
    await db.query(
      `INSERT INTO asset_collections (asset_id, workspace_id, collection_ids) VALUES ($1, $2, $3::uuid[])
       ON CONFLICT (asset_id) DO UPDATE SET collection_ids = EXCLUDED.collection_ids`,
      [assetId, workspaceId, collectionIds],
    );
  },

  async assetsOfCollection(db: Queryable, workspaceId: string, collectionId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      'SELECT asset_id::text AS id FROM asset_collections WHERE workspace_id = $1 AND $2::uuid = ANY(collection_ids) ORDER BY asset_id',
      [workspaceId, collectionId],
    );
    return rows.map((r) => r.id);
  },
};
