import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/session';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { formatDate } from '../ui/format';
import { ReviewStatusBadge } from './DecisionPanel';
import { ReviewsQuery } from './operations';
import { dueLabel, memberSubject, POLICY_LABEL } from './review-labels';
import './review.css';

/** The workspace's reviews, newest first: due dates (overdue ones stand out), policy and how far decisions got. */
export function ReviewsPage() {
  const me = useMe();
  const [mineOnly, setMineOnly] = useState(false);
  const reviews = useQuery({ queryKey: ['reviews'], queryFn: () => gql(ReviewsQuery), refetchInterval: 30_000 });
  const subject = memberSubject(me.data);
  const shown = (reviews.data?.reviews ?? []).filter(
    (r) => !mineOnly || r.createdBy === subject || r.reviewers.some((x) => x.id === `member:${subject}`),
  );
  return (
    <div className="page reviews-page">
      <header className="page-head">
        <h1>Reviews</h1>
        <p className="muted">Start one from an asset, or from a selection in the library.</p>
        <div className="review-filter" role="group" aria-label="Which reviews">
          <button className="btn small" aria-pressed={!mineOnly} onClick={() => setMineOnly(false)}>
            All reviews
          </button>
          <button className="btn small" aria-pressed={mineOnly} onClick={() => setMineOnly(true)}>
            Mine to review or started by me
          </button>
        </div>
      </header>
      {reviews.isPending ? (
        <div className="skeleton" style={{ height: 120 }} />
      ) : reviews.isError ? (
        <p className="alert" role="alert">
          {errorMessage(reviews.error)}
        </p>
      ) : shown.length === 0 ? (
        <div className="empty">
          <div>
            <h2>{mineOnly ? 'None of these is yours' : 'No reviews yet'}</h2>
            <p>Open an asset and choose “Start review”, or select assets in the library.</p>
            <Link className="btn" to="/">
              Go to the library
            </Link>
          </div>
        </div>
      ) : (
        <table className="data-table reviews-table" aria-label="Reviews">
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">Status</th>
              <th scope="col">Due</th>
              <th scope="col">Policy</th>
              <th scope="col">Approved</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const statuses = r.assets.map((a) => a.currentVersion?.reviewStatus ?? 'PENDING');
              const approved = statuses.filter((s) => s === 'APPROVED').length;
              const done = statuses.length > 0 && approved === statuses.length;
              const status = done
                ? 'APPROVED'
                : statuses.includes('REJECTED')
                  ? 'REJECTED'
                  : statuses.includes('CHANGES_REQUESTED')
                    ? 'CHANGES_REQUESTED'
                    : statuses.includes('IN_REVIEW')
                      ? 'IN_REVIEW'
                      : 'PENDING';
              const due = dueLabel(r.dueAt);
              return (
                <tr key={r.id} data-testid="review-row">
                  <td>
                    <Link to={`/reviews/${r.id}`} className="review-link">
                      {r.title}
                    </Link>
                    <div className="muted small">
                      {r.assets.length} asset{r.assets.length === 1 ? '' : 's'} · {r.reviewers.length} reviewer
                      {r.reviewers.length === 1 ? '' : 's'} · started {formatDate(r.createdAt)}
                    </div>
                  </td>
                  <td>
                    <ReviewStatusBadge status={status} />
                  </td>
                  <td className={due?.overdue && !done ? 'overdue' : undefined}>{due?.text ?? '—'}</td>
                  <td>{POLICY_LABEL(r.policy, r.quorum)}</td>
                  <td>
                    <div
                      className="progress"
                      role="progressbar"
                      aria-label={`${approved} of ${statuses.length} approved`}
                      aria-valuemin={0}
                      aria-valuemax={statuses.length}
                      aria-valuenow={approved}
                    >
                      <span style={{ width: `${statuses.length ? (approved / statuses.length) * 100 : 0}%` }} />
                    </div>
                    <span className="muted small">
                      {approved} of {statuses.length}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
