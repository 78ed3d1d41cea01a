import type { EntityManager } from 'typeorm';
import type { SearchSegment } from '../search/search-index';

/** A non-internal review comment as review's events describe it. */
export interface ReviewCommentFacts {
  commentId: string;
  assetId: string;
  versionId: string;
  workspaceId: string;
  body: string;
  frameIn: number;
  frameOut: number;
  timecode: string;
  frameRate: string;
}

/** `review_comments`: the review comments search finds assets by (review owns them; internal ones are never kept). */
export const reviewCommentRepository = {
  /** Records a posted or edited comment; an older event never replaces a newer text, nor brings back a removed comment. */
  async record(manager: EntityManager, comment: ReviewCommentFacts, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO review_comments (comment_id, asset_id, version_id, workspace_id, body, frame_in, frame_out, timecode, frame_rate, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (comment_id) DO UPDATE SET body = EXCLUDED.body, frame_in = EXCLUDED.frame_in, frame_out = EXCLUDED.frame_out,
         timecode = EXCLUDED.timecode, frame_rate = EXCLUDED.frame_rate, updated_at = EXCLUDED.updated_at
       WHERE review_comments.removed_at IS NULL AND review_comments.updated_at <= EXCLUDED.updated_at`,
      [
        comment.commentId,
        comment.assetId,
        comment.versionId,
        comment.workspaceId,
        comment.body,
        comment.frameIn,
        comment.frameOut,
        comment.timecode,
        comment.frameRate,
        at,
      ],
    );
  },
  /** Forgets a comment's text, keeping that it was removed; a comment not seen yet is marked all the same. */
  async remove(
    manager: EntityManager,
    comment: Pick<ReviewCommentFacts, 'commentId' | 'assetId' | 'versionId' | 'workspaceId'>,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO review_comments (comment_id, asset_id, version_id, workspace_id, body, frame_in, frame_out, timecode, frame_rate, updated_at, removed_at)
       VALUES ($1, $2, $3, $4, '', -1, -1, '', '', $5, $5)
       ON CONFLICT (comment_id) DO UPDATE SET body = '', removed_at = EXCLUDED.removed_at, updated_at = EXCLUDED.updated_at`,
      [comment.commentId, comment.assetId, comment.versionId, comment.workspaceId, at],
    );
  },
  /** Each asset's comments as search segments, in the order they stand on the timeline. */
  async segmentsOf(manager: EntityManager, assetIds: string[]): Promise<Map<string, SearchSegment[]>> {
    const rows: {
      asset_id: string;
      body: string;
      frame_in: string;
      frame_out: string;
      timecode: string;
      frame_rate: string;
    }[] = await manager.query(
      `SELECT asset_id, body, frame_in, frame_out, timecode, frame_rate FROM review_comments
       WHERE asset_id = ANY($1::uuid[]) AND removed_at IS NULL ORDER BY asset_id, frame_in, updated_at, comment_id`,
      [assetIds],
    );
    const found = new Map<string, SearchSegment[]>();
    for (const r of rows) {
      const list = found.get(r.asset_id) ?? [];
      list.push({
        kind: 'comment',
        text: r.body,
        startFrame: Number(r.frame_in),
        endFrame: Number(r.frame_out),
        frameRate: r.frame_rate,
        timecode: r.timecode,
      });
      found.set(r.asset_id, list);
    }
    return found;
  },
};
