import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { ReviewCommentFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../ui/format';
import { PostCommentMutation, ReopenCommentMutation, ResolveCommentMutation } from './operations';

export type Thread = ReviewCommentFieldsFragment & { replies: ReviewCommentFieldsFragment[] };

/** A version's comments (replies among them, oldest first) as threads: each first comment with its replies. */
export function threadsOf(comments: ReviewCommentFieldsFragment[]): Thread[] {
  const threads = comments
    .filter((c) => !c.parentId)
    .map((c) => ({ ...c, replies: [] as ReviewCommentFieldsFragment[] }));
  const byId = new Map(threads.map((t) => [t.id, t]));
  for (const c of comments) if (c.parentId) byId.get(c.parentId)?.replies.push(c);
  return threads;
}

export function whereLabel(
  c: Pick<ReviewCommentFieldsFragment, 'frameIn' | 'frameOut' | 'timecodeIn' | 'timecodeOut'>,
) {
  if (c.frameIn == null) return 'Whole version';
  if (c.frameOut != null && c.frameOut !== c.frameIn) return `${c.timecodeIn} – ${c.timecodeOut}`;
  return c.timecodeIn ?? `Frame ${c.frameIn}`;
}

type NameOf = (author: { id: string; name: string }) => string;

function Entry({ comment, nameOf }: { comment: ReviewCommentFieldsFragment; nameOf: NameOf }) {
  const name = nameOf(comment.author);
  return (
    <div className="comment-entry">
      <div className="comment-meta">
        <span className={`avatar${comment.author.kind === 'GUEST' ? ' guest' : ''}`} aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <strong>{name}</strong>
        {comment.author.kind === 'GUEST' && <span className="pill">guest</span>}
        {comment.internal && <span className="pill internal">internal</span>}
        <span className="muted">{formatDateTime(comment.createdAt)}</span>
      </div>
      <p className="comment-body">{comment.body}</p>
    </div>
  );
}

/** A version's comment threads, oldest first: jump to a thread's frame, reply, resolve and reopen. */
export function CommentThreads({
  threads,
  selectedId,
  onSelect,
  canComment,
  canSeeInternal,
  versionId,
  reviewId,
  onChanged,
  nameOf,
}: {
  threads: Thread[];
  selectedId?: string;
  onSelect: (thread: Thread) => void;
  canComment: boolean;
  canSeeInternal: boolean;
  versionId: string;
  reviewId?: string | null;
  onChanged: () => void;
  nameOf: NameOf;
}) {
  const [showResolved, setShowResolved] = useState(true);
  const shown = threads.filter((t) => showResolved || !t.resolved);
  const open = threads.filter((t) => !t.resolved).length;
  return (
    <section className="threads" aria-labelledby="threads-title">
      <div className="threads-head">
        <h2 id="threads-title">Comments</h2>
        <span className="muted">
          {open} open · {threads.length - open} resolved
        </span>
        <span className="spacer" />
        <label className="check small">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          Show resolved
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted threads-empty">
          {threads.length ? 'Every thread is resolved.' : 'No comments yet. Pause on a frame and write the first.'}
        </p>
      ) : (
        <ol className="thread-list">
          {shown.map((t) => (
            <ThreadItem
              key={t.id}
              thread={t}
              selected={t.id === selectedId}
              onSelect={() => onSelect(t)}
              canComment={canComment}
              canSeeInternal={canSeeInternal}
              versionId={versionId}
              reviewId={reviewId}
              onChanged={onChanged}
              nameOf={nameOf}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function ThreadItem({
  thread,
  selected,
  onSelect,
  canComment,
  canSeeInternal,
  versionId,
  reviewId,
  onChanged,
  nameOf,
}: {
  thread: Thread;
  selected: boolean;
  onSelect: () => void;
  canComment: boolean;
  canSeeInternal: boolean;
  versionId: string;
  reviewId?: string | null;
  onChanged: () => void;
  nameOf: NameOf;
}) {
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [internal, setInternal] = useState(thread.internal);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await run();
      onChanged();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const sendReply = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!reply.trim()) return;
    const ok = await act(() =>
      gql(PostCommentMutation, {
        input: { versionId, reviewId, parentId: thread.id, body: reply.trim(), internal: canSeeInternal && internal },
      }),
    );
    if (ok) {
      setReply('');
      setReplying(false);
    }
  };
  return (
    <li
      className={`thread${selected ? ' selected' : ''}${thread.resolved ? ' resolved' : ''}`}
      aria-label={`Comment by ${nameOf(thread.author)} at ${whereLabel(thread)}`}
      data-testid="comment-thread"
    >
      <button className="thread-where" onClick={onSelect} title="Go to this frame">
        <span className="tc">{whereLabel(thread)}</span>
        {thread.annotations.length > 0 && (
          <span className="muted">
            {thread.annotations.length} drawing{thread.annotations.length > 1 ? 's' : ''}
          </span>
        )}
        {thread.resolved && <span className="pill ok">resolved</span>}
      </button>
      <Entry comment={thread} nameOf={nameOf} />
      {thread.replies.length > 0 && (
        <ol className="replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <Entry comment={r} nameOf={nameOf} />
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {replying ? (
        <form className="reply-form" onSubmit={sendReply}>
          <label className="sr-only" htmlFor={`reply-${thread.id}`}>
            Reply
          </label>
          <textarea
            id={`reply-${thread.id}`}
            className="input"
            rows={2}
            autoFocus
            placeholder="Reply…"
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
          <div className="row-actions">
            {canSeeInternal && (
              <label className="check small">
                <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
                Internal
              </label>
            )}
            <span className="spacer" />
            <button type="button" className="btn small ghost" onClick={() => setReplying(false)}>
              Cancel
            </button>
            <button type="submit" className="btn small primary" disabled={busy || !reply.trim()}>
              Reply
            </button>
          </div>
        </form>
      ) : (
        canComment && (
          <div className="row-actions">
            <button className="btn small ghost" onClick={() => setReplying(true)}>
              Reply
            </button>
            <span className="spacer" />
            {thread.resolved ? (
              <button
                className="btn small ghost"
                disabled={busy}
                onClick={() => act(() => gql(ReopenCommentMutation, { id: thread.id }))}
              >
                Reopen
              </button>
            ) : (
              <button
                className="btn small"
                disabled={busy}
                onClick={() => act(() => gql(ResolveCommentMutation, { id: thread.id }))}
              >
                Resolve
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}
