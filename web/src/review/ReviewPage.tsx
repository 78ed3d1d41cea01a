import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import { BackIcon } from '../ui/icons';
import type { FilmstripInfo } from '../player/Player';
import { ReviewersPickerQuery, ReviewFilmstripQuery, ReviewPageQuery } from './operations';
import { ReviewRoom } from './ReviewRoom';
import { ShareLinkDialog } from './ShareLinkDialog';
import './review.css';
import { dueLabel, memberSubject, POLICY_LABEL } from './review-labels';

/** A member's review of one version of one of the review's assets (?asset= and ?version=). */
export function ReviewPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const [sharing, setSharing] = useState(false);
  const query = useQuery({ queryKey: ['review', id], queryFn: () => gql(ReviewPageQuery, { id }) });
  // Review knows members by subject: their names come from the member list, for those who may read it.
  const members = useQuery({ queryKey: ['reviewers-picker'], queryFn: () => gql(ReviewersPickerQuery), retry: 0 });
  const memberNames = useMemo(
    () => new Map((members.data?.workspaceMembers ?? []).map((m) => [m.subject, m.name || m.email || 'Team member'])),
    [members.data],
  );
  const review = query.data?.review;
  const shownAssetId = review?.assets.find((a) => a.id === params.get('asset'))?.id ?? review?.assets[0]?.id;
  const strips = useQuery({
    queryKey: ['review-filmstrip', shownAssetId],
    queryFn: () => gql(ReviewFilmstripQuery, { assetId: shownAssetId! }),
    enabled: !!shownAssetId,
  });
  if (query.isPending) return <div className="skeleton" style={{ height: 320, margin: 24 }} aria-busy="true" />;
  if (query.isError || !review)
    return (
      <div className="empty">
        <div>
          <h2>{query.isError ? 'This review could not be loaded' : 'Review not found'}</h2>
          <p>{query.isError ? errorMessage(query.error) : 'It may not exist, or it is not shared with you.'}</p>
          <Link className="btn" to="/reviews">
            Back to reviews
          </Link>
        </div>
      </div>
    );
  const asset = review.assets.find((a) => a.id === params.get('asset')) ?? review.assets[0];
  const version =
    asset?.versions.find((v) => v.id === params.get('version')) ??
    asset?.versions.find((v) => v.id === asset.currentVersion?.id) ??
    asset?.versions[asset.versions.length - 1];
  const proxy = version?.renditions.find((r) => r.kind === 'proxy' && r.status === 'READY' && r.url);
  const poster = version?.renditions.find((r) => r.kind === 'poster' && r.status === 'READY' && r.url);
  const subject = memberSubject(me.data);
  const strip = strips.data?.asset?.versions
    .find((v) => v.id === version?.id)
    ?.renditions.find((r) => r.kind === 'filmstrip' && r.status === 'READY' && r.url);
  const filmstrip = strip
    ? ({ url: strip.url!, ...(strip.details as Omit<FilmstripInfo, 'url'>) } satisfies FilmstripInfo)
    : undefined;
  const canDecide = review.reviewers.some((r) => r.id === `member:${subject}`);
  const canShare = !!asset && ['editor', 'admin'].includes(asset.myRole ?? '');
  const due = dueLabel(review.dueAt);
  const select = (next: { asset?: string; version?: string }) => {
    const p = new URLSearchParams(params);
    if (next.asset) {
      p.set('asset', next.asset);
      p.delete('version');
    }
    if (next.version) p.set('version', next.version);
    setParams(p, { replace: true });
  };

  const header = (
    <div className="review-top">
      <Link className="btn ghost icon" to="/reviews" aria-label="Back to reviews">
        <BackIcon />
      </Link>
      <div className="review-title">
        <h1 title={review.title}>{review.title}</h1>
        <span className="muted">
          {POLICY_LABEL(review.policy, review.quorum)} · {review.reviewers.length} reviewer
          {review.reviewers.length === 1 ? '' : 's'}
          {due && (
            <>
              {' · '}
              <span className={due.overdue ? 'overdue' : undefined}>{due.text}</span>
            </>
          )}
        </span>
      </div>
      <span className="spacer" />
      {review.assets.length > 1 && (
        <>
          <label className="sr-only" htmlFor="review-asset">
            Asset
          </label>
          <select
            id="review-asset"
            className="input compact"
            value={asset?.id}
            onChange={(e) => select({ asset: e.target.value })}
          >
            {review.assets.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </>
      )}
      {asset && asset.versions.length > 1 && (
        <>
          <label className="sr-only" htmlFor="review-version">
            Version
          </label>
          <select
            id="review-version"
            className="input compact"
            value={version?.id}
            onChange={(e) => select({ version: e.target.value })}
          >
            {[...asset.versions].reverse().map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.number}
                {v.current ? ' (current)' : ''}
              </option>
            ))}
          </select>
        </>
      )}
      {canShare && (
        <button className="btn primary" onClick={() => setSharing(true)}>
          Share with guests
        </button>
      )}
    </div>
  );

  return (
    <>
      {asset && version ? (
        <ReviewRoom
          key={version.id}
          versionId={version.id}
          reviewId={review.id}
          assetId={asset.id}
          title={`${asset.title}, version ${version.number}`}
          media={proxy ? { src: proxy.url!, poster: poster?.url ?? undefined, filmstrip } : null}
          canComment
          canDecide={canDecide}
          canSeeInternal
          selfActor={subject}
          memberNames={memberNames}
          who={(reviewer) =>
            reviewer === `member:${subject}`
              ? 'You'
              : reviewer.startsWith('member:')
                ? (memberNames.get(reviewer.slice(7)) ?? 'Team member')
                : reviewer.replace(/^guest:/, '')
          }
          header={
            <>
              {header}
              {review.assets.length > 1 && <p className="muted asset-name">{asset.title}</p>}
            </>
          }
        />
      ) : (
        <div className="review-room single">
          <section className="review-stage">
            {header}
            <p className="muted">This review has no asset you can see.</p>
          </section>
        </div>
      )}
      {sharing && <ShareLinkDialog reviewId={review.id} onClose={() => setSharing(false)} />}
    </>
  );
}
