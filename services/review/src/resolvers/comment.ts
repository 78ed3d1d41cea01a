import type { ReviewContext } from '../context';
import { carryForwardComments } from '../domain/comments/carry-forward';
import { deleteComment, editComment, resolveComment } from '../domain/comments/change-comment';
import type { CommentView } from '../domain/comments/comment-view';
import { postComment, type PostCommentInput } from '../domain/comments/post-comment';
import { commentRevisions, listComments, readComment } from '../domain/comments/read-comments';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const ReviewCommentResolvers = {
  author: (c: CommentView) => ({ id: c.author, name: c.authorName, kind: c.authorKind }),
  resolved: (c: CommentView) => c.resolvedAt !== null,
  resolvedAt: (c: CommentView) => iso(c.resolvedAt),
  createdAt: (c: CommentView) => c.createdAt.toISOString(),
  editedAt: (c: CommentView) => iso(c.editedAt),
  revisions: async (c: CommentView, _args: unknown, context: ReviewContext) =>
    (await commentRevisions(context, c.id)).map((r) => ({ body: r.body, replacedAt: r.replacedAt.toISOString() })),
  replies: async (c: CommentView, _args: unknown, context: ReviewContext) =>
    c.parentId
      ? []
      : (c.threadReplies ?? (await listComments(context, c.versionId)).filter((r) => r.parentId === c.id)),
};

export const commentQueries = {
  reviewComment: (_: unknown, args: { id: string }, context: ReviewContext) => readComment(context, args.id),
};

export const commentMutations = {
  postComment: (_: unknown, args: { input: PostCommentInput }, context: ReviewContext) =>
    postComment(context, args.input),
  editComment: (_: unknown, args: { id: string; body: string }, context: ReviewContext) =>
    editComment(context, args.id, args.body),
  deleteComment: (_: unknown, args: { id: string }, context: ReviewContext) => deleteComment(context, args.id),
  resolveComment: (_: unknown, args: { id: string }, context: ReviewContext) => resolveComment(context, args.id, true),
  reopenComment: (_: unknown, args: { id: string }, context: ReviewContext) => resolveComment(context, args.id, false),
  carryForwardComments: (
    _: unknown,
    args: { fromVersionId: string; toVersionId: string; offsetFrames?: number | null },
    context: ReviewContext,
  ) => carryForwardComments(context, args),
};
