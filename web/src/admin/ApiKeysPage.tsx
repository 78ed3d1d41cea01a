import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { Role } from '../gql/graphql';
import { formatDate } from '../ui/format';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './operations';
import { ROLE_HINT, ROLES } from './people';

const KEY = ['api-keys'];

export function ApiKeysPage() {
  const client = useQueryClient();
  const keys = useQuery({ queryKey: KEY, queryFn: () => gql(ApiKeysQuery) });
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<{ name: string; secret: string }>();
  const [copied, setCopied] = useState(false);
  const create = useMutation({
    mutationFn: () => gql(CreateApiKeyMutation, { input: { name: name.trim(), role } }),
    onSuccess: ({ createApiKey }) => {
      setCreated({ name: createApiKey.apiKey.name, secret: createApiKey.secret });
      setCopied(false);
      setName('');
      setError(undefined);
      return client.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => gql(RevokeApiKeyMutation, { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const copy = async () => {
    if (!created) return;
    await navigator.clipboard?.writeText(created.secret).catch(() => undefined);
    setCopied(true);
  };
  const live = keys.data?.apiKeys.filter((k) => !k.revokedAt) ?? [];
  const revoked = keys.data?.apiKeys.filter((k) => k.revokedAt) ?? [];

  return (
    <>
      <h1 className="admin-title">API keys</h1>
      <div className="admin-page">
        <p className="admin-lead">
          Keys let partner applications and scripts call the API as a member of this workspace with the role you choose.
        </p>
        <form
          className="admin-card inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return setError('Name the key after the application that will use it');
            create.mutate();
          }}
        >
          <div className="field grow">
            <label htmlFor="key-name">Key name</label>
            <input
              id="key-name"
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Playout server"
              aria-invalid={!!error}
              aria-describedby={error ? 'key-error' : undefined}
            />
            {error && (
              <span className="field-error" id="key-error" role="alert">
                {error}
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor="key-role">Key role</label>
            <select id="key-role" className="input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}: {ROLE_HINT[r]}
                </option>
              ))}
            </select>
          </div>
          <button className="btn primary" type="submit" disabled={create.isPending}>
            Create key
          </button>
        </form>
        {created && (
          <div className="admin-card secret-card" role="status" data-testid="new-key">
            <div className="admin-card-head">
              <h2>Secret of {created.name}</h2>
              <span className="spacer" />
              <button className="btn small ghost" onClick={() => setCreated(undefined)}>
                I have stored it
              </button>
            </div>
            <p>
              Copy it now: it is shown only this once and cannot be retrieved later. Send it as{' '}
              <code className="mono">Authorization: ApiKey &lt;secret&gt;</code>.
            </p>
            <div className="inline-form">
              <label className="sr-only" htmlFor="key-secret">
                New key secret
              </label>
              <input
                id="key-secret"
                className="input mono grow"
                readOnly
                value={created.secret}
                data-testid="key-secret"
                onFocus={(e) => e.target.select()}
              />
              <button className="btn primary" type="button" onClick={copy}>
                {copied ? 'Copied' : 'Copy secret'}
              </button>
            </div>
          </div>
        )}
        {keys.isPending ? (
          <div className="skeleton" style={{ height: 80 }} />
        ) : keys.isError ? (
          <p className="alert" role="alert">
            {errorMessage(keys.error)}
          </p>
        ) : (
          <section className="section" aria-labelledby="keys-title">
            <h3 id="keys-title">Keys in use</h3>
            {live.length === 0 ? (
              <p className="muted">No keys yet.</p>
            ) : (
              <table className="data-table" aria-labelledby="keys-title">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Role</th>
                    <th>Created</th>
                    <th>
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {live.map((k) => (
                    <tr key={k.id}>
                      <td>{k.name}</td>
                      <td>{k.role}</td>
                      <td className="muted">{formatDate(k.createdAt)}</td>
                      <td style={{ textAlign: 'right' }}>
                        <button
                          className="btn small danger"
                          onClick={() => revoke.mutate(k.id)}
                          disabled={revoke.isPending}
                          aria-label={`Revoke key ${k.name}`}
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
                Revoked: {revoked.map((k) => `${k.name} (${formatDate(k.revokedAt)})`).join(', ')}
              </p>
            )}
          </section>
        )}
      </div>
    </>
  );
}
