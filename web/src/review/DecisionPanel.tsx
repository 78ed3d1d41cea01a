import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { ReviewDecisionKind, ReviewStatus } from '../gql/graphql';
import { formatDateTime } from '../ui/format';
import { DecideVersionMutation, ReviewDecisionsQuery } from './operations';

const STATUS_LABEL: Record<ReviewStatus, string> = {
  PENDING: 'Pending',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
  APPROVED: 'Approved',
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus | null | undefined }) {
  if (!status) return null;
  return (
    <span className={`review-status ${status.toLowerCase()}`} data-testid="review-status" data-status={status}>
      {STATUS_LABEL[status]}
    </span>
  );
}

const DECISIONS: Array<{ kind: ReviewDecisionKind; label: string; className: string }> = [
  { kind: 'APPROVED', label: 'Approve', className: 'btn approve' },
  { kind: 'CHANGES_REQUESTED', label: 'Request changes', className: 'btn' },
  { kind: 'REJECTED', label: 'Reject', className: 'btn danger' },
];

const reviewerName = (id: string) => id.replace(/^(member|guest):/, '');

/** The version's status under the review's policy, the decisions so far, and the caller's own. */
export function DecisionPanel({
  reviewId,
  versionId,
  status,
  canDecide,
  who,
}: {
  reviewId: string;
  versionId: string;
  status: ReviewStatus | null | undefined;
  canDecide: boolean;
  who: (reviewer: string) => string;
}) {
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const decisions = useQuery({
    queryKey: ['review-decisions', reviewId, versionId],
    queryFn: () => gql(ReviewDecisionsQuery, { id: reviewId, versionId }),
  });
  // A later decision of a reviewer supersedes the earlier one.
  const byReviewer = new Map<
    string,
    { reviewer: string; decision: ReviewDecisionKind; note: string; decidedAt: string }
  >();
  for (const d of decisions.data?.review?.decisions ?? []) byReviewer.set(d.reviewer, d);
  const decide = async (decision: ReviewDecisionKind) => {
    setBusy(true);
    setError(undefined);
    try {
      await gql(DecideVersionMutation, { input: { reviewId, versionId, decision, note: note.trim() || undefined } });
      setNote('');
      await Promise.all([
        client.invalidateQueries({ queryKey: ['review-decisions'] }),
        client.invalidateQueries({ queryKey: ['review-version', versionId] }),
        client.invalidateQueries({ queryKey: ['reviews'] }),
      ]);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="decision-panel" aria-labelledby="decision-title">
      <div className="threads-head">
        <h2 id="decision-title">Decision</h2>
        <span className="spacer" />
        <ReviewStatusBadge status={status} />
      </div>
      {byReviewer.size > 0 && (
        <ul className="decision-list">
          {[...byReviewer.values()].map((d) => (
            <li key={d.reviewer}>
              <span className={`dot ${d.decision.toLowerCase()}`} aria-hidden="true" />
              <strong>{who(d.reviewer) || reviewerName(d.reviewer)}</strong>
              <span>{STATUS_LABEL[d.decision]}</span>
              <span className="muted">{formatDateTime(d.decidedAt)}</span>
              {d.note && <p className="muted decision-note">“{d.note}”</p>}
            </li>
          ))}
        </ul>
      )}
      {canDecide && (
        <>
          <label className="sr-only" htmlFor="decision-note">
            Note with your decision
          </label>
          <input
            id="decision-note"
            className="input"
            placeholder="Note with your decision (optional)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="decision-buttons">
            {DECISIONS.map((d) => (
              <button key={d.kind} className={d.className} disabled={busy} onClick={() => decide(d.kind)}>
                {d.label}
              </button>
            ))}
          </div>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
