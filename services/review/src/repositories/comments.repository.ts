import type { Annotation } from '../domain/comments/annotations';
import type { Queryable } from './queryable';

export interface CommentRow {
  id: string;
  workspaceId: string;
  assetId: string;
  versionId: string;
  reviewId: string | null;
  parentId: string | null;
  author: string;
  authorName: string;
  authorKind: 'MEMBER' | 'GUEST';
  body: string;
  frameIn: number | null;
  frameOut: number | null;
  internal: boolean;
  annotations: Annotation[];
  carriedFrom: string | null;
  createdAt: Date;
  editedAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  deletedAt: Date | null;
}

const COMMENT = `id::text, workspace_id AS "workspaceId", asset_id::text AS "assetId", version_id::text AS "versionId", review_id::text AS "reviewId",
  parent_id::text AS "parentId", author, author_name AS "authorName", author_kind AS "authorKind", body, frame_in AS "frameIn", frame_out AS "frameOut",
  internal, annotations, carried_from::text AS "carriedFrom", created_at AS "createdAt", edited_at AS "editedAt", resolved_at AS "resolvedAt",
  resolved_by AS "resolvedBy", deleted_at AS "deletedAt"`;

export type NewComment = Omit<CommentRow, 'createdAt' | 'editedAt' | 'resolvedAt' | 'resolvedBy' | 'deletedAt'>;

/** The only place that reads and writes comments and their earlier texts. */
export const commentsRepository = {
  async insert(db: Queryable, comment: NewComment): Promise<CommentRow> {
    const [row]: CommentRow[] = await db.query(
      `INSERT INTO review_comments (id, workspace_id, asset_id, version_id, review_id, parent_id, author, author_name, author_kind, body, frame_in, frame_out, internal, annotations, carried_from)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING ${COMMENT}`,
      [
        comment.id,
        comment.workspaceId,
        comment.assetId,
        comment.versionId,
        comment.reviewId,
        comment.parentId,
        comment.author,
        comment.authorName,
        comment.authorKind,
        comment.body,
        comment.frameIn,
        comment.frameOut,
        comment.internal,
        JSON.stringify(comment.annotations),
        comment.carriedFrom,
      ],
    );
    return row;
  },

  async find(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<CommentRow | null> {
    const [row]: CommentRow[] = await db.query(
      `SELECT ${COMMENT} FROM review_comments WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  },

  /** Comments of a version oldest first, deleted ones left out; internal ones only when asked for. */
  async listForVersion(db: Queryable, versionId: string, options: { internal: boolean }): Promise<CommentRow[]> {
    return db.query(
      `SELECT ${COMMENT} FROM review_comments WHERE version_id = $1 AND deleted_at IS NULL AND ($2 OR NOT internal) ORDER BY created_at, id`,
      [versionId, options.internal],
    );
  },

  /** Open top-level comments of a version (not resolved, not deleted), for carrying forward. */
  async openThreads(db: Queryable, versionId: string): Promise<CommentRow[]> {
    return db.query(
      `SELECT ${COMMENT} FROM review_comments WHERE version_id = $1 AND parent_id IS NULL AND deleted_at IS NULL AND resolved_at IS NULL ORDER BY created_at, id`,
      [versionId],
    );
  },

  /** Ids of comments already carried to a version, by the comment they came from. */
  async carriedOrigins(db: Queryable, versionId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await db.query(
      'SELECT carried_from::text AS id FROM review_comments WHERE version_id = $1 AND carried_from IS NOT NULL',
      [versionId],
    );
    return new Set(rows.map((r) => r.id));
  },

  /** New text; the earlier one is kept as a revision. */
  async edit(db: Queryable, comment: CommentRow, body: string): Promise<CommentRow> {
    await db.query('INSERT INTO review_comment_revisions (comment_id, body) VALUES ($1, $2)', [
      comment.id,
      comment.body,
    ]);
    const [[row]]: [CommentRow[]] = await db.query(
      `UPDATE review_comments SET body = $2, edited_at = now() WHERE id = $1 RETURNING ${COMMENT}`,
      [comment.id, body],
    );
    return row;
  },

  async revisions(db: Queryable, commentId: string): Promise<{ body: string; replacedAt: Date }[]> {
    return db.query(
      'SELECT body, replaced_at AS "replacedAt" FROM review_comment_revisions WHERE comment_id = $1 ORDER BY id',
      [commentId],
    );
  },

  async setResolved(db: Queryable, id: string, resolvedBy: string | null): Promise<CommentRow> {
    const [[row]]: [CommentRow[]] = await db.query(
      `UPDATE review_comments SET resolved_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, resolved_by = $2 WHERE id = $1 RETURNING ${COMMENT}`,
      [id, resolvedBy],
    );
    return row;
  },

  async markDeleted(db: Queryable, id: string): Promise<void> {
    await db.query('UPDATE review_comments SET deleted_at = now() WHERE id = $1', [id]);
  },
};
