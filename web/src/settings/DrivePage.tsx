import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { formatDate } from '../ui/format';
import { MOUNT_SYSTEMS, guessMountSystem, type MountSystem } from './mount-systems';
import { CreateAppPasswordMutation, DriveSettingsQuery, RevokeAppPasswordMutation } from './operations';

const KEY = ['drive-settings'];

interface Created {
  name: string;
  username: string;
  secret: string;
}

/** The person's own drive settings: where the drive is, how to connect each desktop, and the app passwords that sign in to it. */
export function DrivePage() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: KEY, queryFn: () => gql(DriveSettingsQuery) });
  const [system, setSystem] = useState<MountSystem>(() => guessMountSystem(navigator.userAgent));
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<Created>();
  const createdCard = useRef<HTMLDivElement>(null);
  // The new password appears below the form: bring it into view once.
  useEffect(() => {
    if (created) createdCard.current?.scrollIntoView({ block: 'nearest' });
  }, [created]);
  const create = useMutation({
    mutationFn: () => gql(CreateAppPasswordMutation, { name: name.trim() }),
    onSuccess: ({ createAppPassword }) => {
      setCreated({
        name: createAppPassword.appPassword.name,
        username: createAppPassword.username,
        secret: createAppPassword.secret,
      });
      setName('');
      setError(undefined);
      return client.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => gql(RevokeAppPasswordMutation, { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });

  if (settings.isPending) return <div className="skeleton" style={{ height: 240, margin: 22 }} />;
  if (settings.isError)
    return (
      <p className="alert" role="alert" style={{ margin: 22 }}>
        {errorMessage(settings.error)}
      </p>
    );
  const { driveMount, myAppPasswords } = settings.data;
  const live = myAppPasswords.filter((p) => !p.revokedAt);
  const revoked = myAppPasswords.filter((p) => p.revokedAt);

  return (
    <div className="admin-body">
      <h1 className="admin-title">Connect the drive</h1>
      <div className="admin-page">
        <p className="admin-lead">
          Mount the workspace on your computer and open proxies (and masters, where you edit) straight from Finder,
          Explorer or your editing software. Collections are folders; files you copy in are uploaded.
        </p>

        <section className="admin-card" aria-labelledby="drive-address">
          <h2 id="drive-address">How to connect</h2>
          <CopyField id="mount-url" label="Drive address" value={driveMount.url} />
          <div className="tabs plain" role="tablist" aria-label="Operating system">
            {MOUNT_SYSTEMS.map((s) => (
              <button
                key={s.key}
                role="tab"
                id={`mount-tab-${s.key}`}
                aria-selected={system === s.key}
                aria-controls="mount-steps"
                onClick={() => setSystem(s.key)}
              >
                {s.label}
              </button>
            ))}
          </div>
          <div id="mount-steps" role="tabpanel" aria-labelledby={`mount-tab-${system}`}>
            <ol className="steps">
              {driveMount[system].map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        </section>

        <form
          className="admin-card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return setError('Name the password after the computer that will use it');
            create.mutate();
          }}
        >
          <h2>App passwords</h2>
          <p className="muted">
            The drive signs in with an app password, never your own: one per computer, so you can revoke a lost laptop
            without signing out anywhere else.
          </p>
          <div className="inline-form">
            <div className="field grow">
              <label htmlFor="app-password-name">Computer name</label>
              <input
                id="app-password-name"
                className="input"
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder="Edit suite 2"
                aria-invalid={!!error}
                aria-describedby={error ? 'app-password-error' : undefined}
              />
              {error && (
                <span className="field-error" id="app-password-error" role="alert">
                  {error}
                </span>
              )}
            </div>
            <button className="btn primary" type="submit" disabled={create.isPending}>
              Create app password
            </button>
          </div>
        </form>

        {created && (
          <div className="admin-card secret-card" role="status" data-testid="new-app-password" ref={createdCard}>
            <div className="admin-card-head">
              <h2>Sign-in for {created.name}</h2>
              <span className="spacer" />
              <button className="btn small ghost" onClick={() => setCreated(undefined)}>
                I have stored it
              </button>
            </div>
            <p>Type these when your computer asks. The password is shown only this once.</p>
            <CopyField id="app-password-user" label="User name" value={created.username} />
            <CopyField id="app-password-secret" label="Password" value={created.secret} />
          </div>
        )}

        <section className="section" aria-labelledby="app-passwords-title">
          <h3 id="app-passwords-title">Passwords in use</h3>
          {live.length === 0 ? (
            <p className="muted">No app passwords yet: create one above for each computer.</p>
          ) : (
            <table className="data-table" aria-labelledby="app-passwords-title">
              <thead>
                <tr>
                  <th>Computer name</th>
                  <th>Created</th>
                  <th>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {live.map((p) => (
                  <tr key={p.id}>
                    <td>{p.name}</td>
                    <td className="muted">{formatDate(p.createdAt)}</td>
                    <td style={{ textAlign: 'right' }}>
                      <button
                        className="btn small danger"
                        onClick={() => revoke.mutate(p.id)}
                        disabled={revoke.isPending}
                        aria-label={`Revoke app password ${p.name}`}
                      >
                        Revoke
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {revoked.length > 0 && (
            <p className="muted" style={{ marginTop: 10 }}>
              Revoked: {revoked.map((p) => `${p.name} (${formatDate(p.revokedAt)})`).join(', ')}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}

/** A read-only value with a button that copies it. */
function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="inline-form">
      <div className="field grow">
        <label htmlFor={id}>{label}</label>
        <input id={id} className="input mono" readOnly value={value} onFocus={(e) => e.target.select()} />
      </div>
      <button className="btn" type="button" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
