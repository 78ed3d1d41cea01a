import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { ShareLinkPermission } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { CreateShareLinkMutation } from './operations';

const PERMISSIONS: Array<{ value: ShareLinkPermission; label: string; hint: string }> = [
  { value: 'VIEW', label: 'View', hint: 'watch the versions' },
  { value: 'COMMENT', label: 'Comment', hint: 'comment and draw on frames' },
  { value: 'APPROVE', label: 'Approve', hint: 'approve, request changes or reject' },
  { value: 'DOWNLOAD_PROXY', label: 'Download proxy', hint: 'a watermarked viewing copy' },
  { value: 'DOWNLOAD_MASTER', label: 'Download master', hint: 'the original file' },
];

/** The guest page's address of a link: the token, and a hint that the page should ask for a password. */
export function shareUrl(token: string, hasPassword: boolean): string {
  return `${location.origin}/r/${encodeURIComponent(token)}${hasPassword ? '?password=1' : ''}`;
}

/** Creates a share link for a review: permissions, optional password and expiry; its URL is shown once. */
export function ShareLinkDialog({ reviewId, onClose }: { reviewId: string; onClose: () => void }) {
  const [permissions, setPermissions] = useState<Set<ShareLinkPermission>>(new Set(['VIEW', 'COMMENT']));
  const [password, setPassword] = useState('');
  const [expires, setExpires] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ url: string; hasPassword: boolean; expiresAt?: string | null }>();
  const [copied, setCopied] = useState(false);

  const toggle = (p: ShareLinkPermission) => {
    const next = new Set(permissions);
    if (next.has(p)) next.delete(p);
    else next.add(p);
    next.add('VIEW');
    setPermissions(next);
  };

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    if (password && password.length < 8) {
      setError('A link password has at least 8 characters');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = await gql(CreateShareLinkMutation, {
        input: {
          scope: 'REVIEW',
          reviewId,
          permissions: [...permissions],
          password: password || undefined,
          expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : undefined,
        },
      });
      const { token, link } = result.createShareLink;
      setCreated({ url: shareUrl(token, link.hasPassword), hasPassword: link.hasPassword, expiresAt: link.expiresAt });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <Dialog title="Share link created" onClose={onClose}>
        <p style={{ marginTop: 0 }}>
          Send this address to your guests. It is shown only now: copy it before you close this window.
        </p>
        <div className="copy-row">
          <label className="sr-only" htmlFor="share-url">
            Share link address
          </label>
          <input id="share-url" className="input mono" readOnly value={created.url} data-testid="share-url" />
          <button
            className="btn primary"
            onClick={() => {
              void navigator.clipboard?.writeText(created.url).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        </div>
        <p className="muted" style={{ marginBottom: 0 }}>
          {created.hasPassword ? 'Guests also need the password; send it another way.' : 'No password.'}{' '}
          {created.expiresAt ? `Works until ${new Date(created.expiresAt).toLocaleDateString()}.` : 'Does not expire.'}
        </p>
        <div className="dialog-actions">
          <button className="btn" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Share for review" onClose={onClose}>
      <form onSubmit={create}>
        <fieldset className="field plain">
          <legend>Guests may</legend>
          {PERMISSIONS.map((p) => (
            <label key={p.value} className="check">
              <input
                type="checkbox"
                checked={permissions.has(p.value)}
                disabled={p.value === 'VIEW'}
                onChange={() => toggle(p.value)}
              />
              <span>
                {p.label} <span className="muted">— {p.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="link-password">Password (optional)</label>
          <input
            id="link-password"
            className="input"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span className="field-hint">At least 8 characters. Guests type it before they see anything.</span>
        </div>
        <div className="field">
          <label htmlFor="link-expires">Expires (optional)</label>
          <input
            id="link-expires"
            className="input"
            type="date"
            min={new Date().toISOString().slice(0, 10)}
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
          />
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={busy}>
            Create link
          </button>
        </div>
      </form>
    </Dialog>
  );
}
