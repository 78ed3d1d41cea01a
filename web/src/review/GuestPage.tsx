import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { gql } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import { Brand } from '../ui/Brand';
import { GuestMediaQuery } from './guest-media';
import { endGuestSession, openGuestSession, resumeGuestSession, type GuestSession } from './guest-session';
import { GuestAccessQuery, GuestReviewQuery } from './operations';
import { dueLabel } from './review-labels';
import { ReviewRoom } from './ReviewRoom';
import './review.css';

function OpenLinkForm({
  linkToken,
  askPassword,
  notice,
  onOpened,
}: {
  linkToken: string;
  askPassword: boolean;
  notice?: string;
  onOpened: (session: GuestSession) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [withPassword, setWithPassword] = useState(askPassword);
  const [error, setError] = useState<string | undefined>(notice);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Give your name: the team sees it beside your comments');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setError('Give your email address');
    if (withPassword && !password) return setError('Type the password you were given with the link');
    setBusy(true);
    setError(undefined);
    try {
      onOpened(
        await openGuestSession(linkToken, {
          name: name.trim(),
          email: email.trim(),
          password: withPassword ? password : undefined,
        }),
      );
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'INVALID_LINK'
          ? withPassword
            ? 'This link does not open: the password is wrong, or the link has expired or been revoked. Check the password, or ask whoever sent it for a new link.'
            : 'This link does not open: it has expired or been revoked, or it needs a password. Ask whoever sent it.'
          : errorMessage(err),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="auth-page guest-gate">
      <form className="auth-card" onSubmit={submit} aria-labelledby="guest-title" noValidate>
        <Brand />
        <h1 id="guest-title">You are invited to review</h1>
        <p className="muted">Tell the team who you are. Your name is shown with your comments and decisions.</p>
        <div className="field">
          <label htmlFor="guest-name">Your name</label>
          <input
            id="guest-name"
            className="input"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="guest-email">Your email</label>
          <input
            id="guest-email"
            className="input"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        {withPassword ? (
          <div className="field">
            <label htmlFor="guest-password">Link password</label>
            <input
              id="guest-password"
              className="input"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
        ) : (
          <button type="button" className="btn ghost small" onClick={() => setWithPassword(true)}>
            I was given a password
          </button>
        )}
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn primary wide" disabled={busy}>
          {busy ? 'Opening…' : 'Open review'}
        </button>
      </form>
    </main>
  );
}

/** What a share link opens, for a guest without an account: only its versions, as its permissions allow. */
export function GuestPage() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const [session, setSession] = useState(() => resumeGuestSession(token));
  const [notice, setNotice] = useState<string>();
  const [versionId, setVersionId] = useState<string>();
  const access = useQuery({
    queryKey: ['guest-access', session?.sessionToken],
    queryFn: () => gql(GuestAccessQuery),
    enabled: !!session,
    retry: 0,
  });
  const link = access.data?.guestAccess;
  const review = useQuery({
    queryKey: ['guest-review', link?.reviewId],
    queryFn: () => gql(GuestReviewQuery, { id: link!.reviewId! }),
    enabled: !!link?.reviewId,
  });
  const chosen = link?.versions.find((v) => v.id === versionId) ?? link?.versions[0];
  const media = useQuery({
    queryKey: ['guest-media', chosen?.id],
    queryFn: () => gql(GuestMediaQuery, { id: chosen!.id }),
    enabled: !!chosen,
    retry: 0,
    refetchInterval: (q) => (q.state.data?.reviewVersion?.reviewMedia?.status === 'PREPARING' ? 3000 : false),
  });

  const signOut = (why?: string) => {
    endGuestSession(token);
    client.removeQueries({ queryKey: ['guest-access'] });
    setNotice(why);
    setSession(undefined);
  };

  if (!session || (access.isError && (access.error as ApiError).code === 'UNAUTHENTICATED'))
    return (
      <OpenLinkForm
        linkToken={token}
        askPassword={params.get('password') === '1'}
        notice={session ? 'This link has ended: it expired or was revoked.' : notice}
        onOpened={(s) => {
          setNotice(undefined);
          setSession(s);
        }}
      />
    );
  if (access.isPending) return <div className="skeleton" style={{ height: 320, margin: 24 }} aria-busy="true" />;
  if (access.isError || !link)
    return (
      <div className="empty">
        <div>
          <h2>This review could not be opened</h2>
          <p>{access.isError ? errorMessage(access.error) : 'The link no longer opens anything.'}</p>
        </div>
      </div>
    );
  const canComment = link.permissions.includes('COMMENT');
  const canApprove = link.permissions.includes('APPROVE');
  const reviewMedia = media.data?.reviewVersion?.reviewMedia;
  const streamUrl = reviewMedia?.streamUrl;
  const title = review.data?.review?.title ?? 'Review';
  const due = dueLabel(review.data?.review?.dueAt);
  const header = (
    <div className="review-top">
      <Brand />
      <div className="review-title">
        <h1>{title}</h1>
        <span className="muted">
          Shared with you{due ? ` · ${due.text}` : ''}
          {link.expiresAt ? ` · link works until ${new Date(link.expiresAt).toLocaleDateString()}` : ''}
        </span>
      </div>
      <span className="spacer" />
      {link.versions.length > 1 && (
        <>
          <label className="sr-only" htmlFor="guest-version">
            What to review
          </label>
          <select
            id="guest-version"
            className="input compact"
            value={chosen?.id}
            onChange={(e) => setVersionId(e.target.value)}
          >
            {link.versions.map((v, i) => (
              <option key={v.id} value={v.id}>
                Item {i + 1}
              </option>
            ))}
          </select>
        </>
      )}
      {reviewMedia?.downloadProxyUrl && (
        <a className="btn small" href={reviewMedia.downloadProxyUrl} download>
          Download proxy
        </a>
      )}
      {reviewMedia?.downloadMasterUrl && (
        <a className="btn small" href={reviewMedia.downloadMasterUrl} download>
          Download original
        </a>
      )}
      {reviewMedia?.downloadMasterRefusal && (
        <span className="muted" role="note">
          {reviewMedia.downloadMasterRefusal}
        </span>
      )}
      <span className="guest-who" title={link.email}>
        {link.name}
      </span>
      <button className="btn ghost small" onClick={() => signOut()}>
        Leave
      </button>
    </div>
  );
  if (!chosen)
    return (
      <div className="review-room single">
        <section className="review-stage">
          {header}
          <p className="muted">Nothing is shared through this link any more.</p>
        </section>
      </div>
    );
  return (
    <main className="guest-main">
      <ReviewRoom
        key={chosen.id}
        versionId={chosen.id}
        reviewId={link.reviewId}
        assetId={link.assetId}
        title={title}
        media={
          streamUrl ? { src: streamUrl, poster: media.data?.reviewVersion?.reviewMedia?.posterUrl ?? undefined } : null
        }
        mediaNote={
          media.isPending
            ? 'Loading the picture…'
            : media.isError
              ? 'The picture cannot be shown through this link yet.'
              : media.data?.reviewVersion?.reviewMedia?.status === 'FAILED'
                ? (media.data.reviewVersion.reviewMedia.reason ?? 'The picture could not be prepared.')
                : 'Preparing your viewing copy…'
        }
        canComment={canComment}
        canDecide={canApprove}
        canSeeInternal={false}
        selfActor={`guest:${link.linkId}:${link.email}`}
        who={(reviewer) =>
          reviewer === `guest:${link.email}`
            ? 'You'
            : reviewer.startsWith('member:')
              ? 'Team member'
              : reviewer.replace(/^guest:/, '')
        }
        header={header}
      />
    </main>
  );
}
