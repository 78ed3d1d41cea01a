import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import type { DestinationKind } from '../gql/graphql';
import { formatDate } from '../ui/format';
import { FieldError, problemsOf } from './FieldError';
import { CreateDestinationMutation, DeleteDestinationMutation, DestinationsQuery } from './operations';
import { CHANNEL_WORDS, KIND_WORDS } from './words';

type Settings = Record<string, string | number | boolean | undefined>;

/** Where a destination writes, in one line. */
export function destinationWhere(kind: DestinationKind, settings: unknown): string {
  const s = (settings ?? {}) as Settings;
  if (kind === 'FOLDER') return `deliveries/${s.path ?? ''}`;
  if (kind === 'SFTP')
    return `sftp://${s.username}@${s.host}${s.port && s.port !== 22 ? `:${s.port}` : ''}/${s.path ?? ''}`;
  if (kind === 'WEBHOOK') return String(s.url ?? '');
  return `s3://${s.bucket}/${s.prefix ?? ''}${s.endpoint ? ` at ${s.endpoint}` : ''}`;
}

/** What a destination's territory and channel ask of an asset's rights, in words. */
export function rightsWords(territory?: string | null, channel?: string | null): string {
  const parts = [territory, channel ? (CHANNEL_WORDS[channel as keyof typeof CHANNEL_WORDS] ?? channel) : null];
  const set = parts.filter(Boolean);
  return set.length ? set.join(' · ') : 'Any';
}

interface Draft {
  name: string;
  kind: DestinationKind;
  path: string;
  host: string;
  port: string;
  username: string;
  hostKeySha256: string;
  auth: 'password' | 'key';
  password: string;
  privateKey: string;
  passphrase: string;
  endpoint: string;
  region: string;
  bucket: string;
  prefix: string;
  forcePathStyle: boolean;
  storageClass: string;
  accessKeyId: string;
  secretAccessKey: string;
  url: string;
  signingSecret: string;
  territory: string;
  channel: string;
}

/** The channels a destination can be, as the rights check knows them. */
export const CHANNELS = ['broadcast', 'web', 'social', 'cinema', 'internal'] as const;

const EMPTY: Draft = {
  name: '',
  kind: 'FOLDER',
  path: '',
  host: '',
  port: '22',
  username: '',
  hostKeySha256: '',
  auth: 'password',
  password: '',
  privateKey: '',
  passphrase: '',
  endpoint: '',
  region: 'us-east-1',
  bucket: '',
  prefix: '',
  forcePathStyle: true,
  storageClass: '',
  accessKeyId: '',
  secretAccessKey: '',
  url: '',
  signingSecret: '',
  territory: '',
  channel: '',
};

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The API's input for a draft: settings by kind; credentials only where the protocol needs them. */
function toInput(d: Draft) {
  return { ...toKindInput(d), territory: optional(d.territory.toUpperCase()), channel: optional(d.channel) };
}

function toKindInput(d: Draft) {
  if (d.kind === 'FOLDER') return { name: d.name, kind: d.kind, settings: { path: d.path.trim() } };
  if (d.kind === 'WEBHOOK')
    return {
      name: d.name,
      kind: d.kind,
      settings: { url: d.url.trim() },
      credentials: { signingSecret: d.signingSecret },
    };
  if (d.kind === 'SFTP')
    return {
      name: d.name,
      kind: d.kind,
      settings: {
        host: d.host.trim(),
        port: Number(d.port) || 22,
        username: d.username.trim(),
        path: d.path.trim(),
        hostKeySha256: optional(d.hostKeySha256.replace(/^SHA256:/, '')),
      },
      credentials:
        d.auth === 'password'
          ? { password: d.password }
          : { privateKey: d.privateKey, passphrase: optional(d.passphrase) },
    };
  return {
    name: d.name,
    kind: d.kind,
    settings: {
      endpoint: optional(d.endpoint),
      region: optional(d.region),
      bucket: d.bucket.trim(),
      prefix: d.prefix.trim(),
      forcePathStyle: d.forcePathStyle,
      storageClass: optional(d.storageClass),
    },
    credentials: { accessKeyId: d.accessKeyId.trim(), secretAccessKey: d.secretAccessKey },
  };
}

/** Which draft field a server field names (settings.path → path, credentials.password → password). */
const draftKey = (field: string) => field.replace(/^(settings|credentials)\.?/, '') || field;

function NewDestination() {
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string>();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const create = useMutation({
    mutationFn: () => gql(CreateDestinationMutation, { input: toInput(draft) }),
    onMutate: () => {
      setSaved(undefined);
      setProblems({});
    },
    onSuccess: ({ createDestination }) => {
      setSaved(`Saved ${createDestination.name}.`);
      setDraft({ ...EMPTY, kind: draft.kind });
      void client.invalidateQueries({ queryKey: ['destinations'] });
    },
    onError: (e) => {
      const byField: Record<string, string> = {};
      for (const [field, message] of Object.entries(problemsOf(e))) byField[draftKey(field)] = message;
      setProblems(byField);
    },
  });
  const local = (): Record<string, string> => {
    const p: Record<string, string> = {};
    if (!draft.name.trim()) p.name = 'Give the destination a name';
    if (draft.kind === 'FOLDER' && !draft.path.trim()) p.path = 'Say which folder to write to';
    if (draft.kind === 'SFTP') {
      if (!draft.host.trim()) p.host = 'Enter the server’s host name';
      if (!draft.username.trim()) p.username = 'Enter the user to sign in as';
      if (!/^\d+$/.test(draft.port)) p.port = 'Enter a port number';
      if (draft.auth === 'password' && !draft.password) p.password = 'Enter the password';
      if (draft.auth === 'key' && !draft.privateKey.trim()) p.privateKey = 'Paste the private key';
    }
    if (draft.kind === 'S3') {
      if (!draft.bucket.trim()) p.bucket = 'Enter the bucket';
      if (!draft.accessKeyId.trim()) p.accessKeyId = 'Enter the access key ID';
      if (!draft.secretAccessKey) p.secretAccessKey = 'Enter the secret access key';
    }
    if (draft.kind === 'WEBHOOK') {
      if (!/^https?:\/\/\S+$/.test(draft.url.trim())) p.url = 'Enter the address to send notices to (https://…)';
      if (draft.signingSecret.length < 16) p.signingSecret = 'Use a signing secret of 16 characters or more';
    }
    if (draft.territory.trim() && !/^[A-Za-z]{2}$/.test(draft.territory.trim()))
      p.territory = 'Use a two-letter country code (GB, FR)';
    return p;
  };
  const field = (key: keyof Draft, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="field">
      <label htmlFor={`dest-${key}`}>{label}</label>
      <input
        id={`dest-${key}`}
        className="input"
        value={String(draft[key])}
        onChange={(e) => set(key, e.target.value as never)}
        aria-invalid={!!problems[key]}
        aria-describedby={problems[key] ? `dest-${key}-error` : undefined}
        {...props}
      />
      <FieldError id={`dest-${key}-error`} message={problems[key]} />
    </div>
  );
  const secret = { type: 'password', autoComplete: 'new-password', spellCheck: false };
  return (
    <form
      className="admin-card"
      aria-labelledby="new-destination-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const p = local();
        setProblems(p);
        if (Object.keys(p).length === 0) create.mutate();
      }}
    >
      <h2 id="new-destination-title">New destination</h2>
      <div className="form-grid">
        {field('name', 'Name', { placeholder: 'Playout server' })}
        <div className="field">
          <label htmlFor="dest-kind">Kind</label>
          <select
            id="dest-kind"
            className="input"
            value={draft.kind}
            onChange={(e) => {
              set('kind', e.target.value as DestinationKind);
              setProblems({});
            }}
          >
            <option value="FOLDER">Folder on the delivery volume</option>
            <option value="SFTP">SFTP server</option>
            <option value="S3">S3 bucket</option>
            <option value="WEBHOOK">Webhook (signed notice with download links)</option>
          </select>
        </div>
      </div>
      {draft.kind === 'FOLDER' && (
        <div className="form-grid">{field('path', 'Folder', { placeholder: 'playout/daily' })}</div>
      )}
      {draft.kind === 'SFTP' && (
        <>
          <div className="form-grid">
            {field('host', 'Host', { placeholder: 'sftp.broadcaster.example' })}
            {field('port', 'Port', { inputMode: 'numeric' })}
            {field('username', 'User')}
            {field('path', 'Remote folder', { placeholder: 'incoming' })}
          </div>
          {field('hostKeySha256', 'Host key fingerprint (SHA256, optional)', {
            placeholder: 'SHA256:…',
            spellCheck: false,
          })}
          <fieldset className="check-group">
            <legend className="label">Sign in with</legend>
            <label className="check">
              <input type="radio" checked={draft.auth === 'password'} onChange={() => set('auth', 'password')} />
              Password
            </label>
            <label className="check">
              <input type="radio" checked={draft.auth === 'key'} onChange={() => set('auth', 'key')} />
              Private key
            </label>
          </fieldset>
          {draft.auth === 'password' ? (
            field('password', 'Password', secret)
          ) : (
            <>
              <div className="field">
                <label htmlFor="dest-privateKey">Private key</label>
                <textarea
                  id="dest-privateKey"
                  className="input mono"
                  rows={4}
                  spellCheck={false}
                  placeholder="-----BEGIN OPENSSH PRIVATE KEY-----"
                  value={draft.privateKey}
                  onChange={(e) => set('privateKey', e.target.value)}
                  aria-invalid={!!problems.privateKey}
                />
                <FieldError id="dest-privateKey-error" message={problems.privateKey} />
              </div>
              {field('passphrase', 'Key passphrase (optional)', secret)}
            </>
          )}
        </>
      )}
      {draft.kind === 'S3' && (
        <>
          <div className="form-grid">
            {field('bucket', 'Bucket')}
            {field('prefix', 'Key prefix', { placeholder: 'deliveries' })}
            {field('endpoint', 'Endpoint (leave empty for AWS)', { placeholder: 'https://s3.example.com' })}
            {field('region', 'Region')}
            <div className="field">
              <label htmlFor="dest-storageClass">Storage class</label>
              <select
                id="dest-storageClass"
                className="input"
                value={draft.storageClass}
                onChange={(e) => set('storageClass', e.target.value)}
              >
                <option value="">Bucket default</option>
                {[
                  'STANDARD',
                  'STANDARD_IA',
                  'ONEZONE_IA',
                  'INTELLIGENT_TIERING',
                  'GLACIER_IR',
                  'REDUCED_REDUNDANCY',
                ].map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </div>
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.forcePathStyle}
              onChange={(e) => set('forcePathStyle', e.target.checked)}
            />
            Path-style addresses (most S3-compatible stores)
          </label>
          <div className="form-grid">
            {field('accessKeyId', 'Access key ID', { spellCheck: false, autoComplete: 'off' })}
            {field('secretAccessKey', 'Secret access key', secret)}
          </div>
        </>
      )}
      {draft.kind === 'WEBHOOK' && (
        <>
          {field('url', 'Notice address', { placeholder: 'https://partner.example/mam-deliveries', spellCheck: false })}
          {field('signingSecret', 'Signing secret (16+ characters; signs each notice)', secret)}
        </>
      )}
      <div className="form-grid">
        {field('territory', 'Territory (optional)', {
          placeholder: 'GB',
          maxLength: 2,
          autoCapitalize: 'characters',
          spellCheck: false,
        })}
        <div className="field">
          <label htmlFor="dest-channel">Channel (optional)</label>
          <select
            id="dest-channel"
            className="input"
            value={draft.channel}
            onChange={(e) => set('channel', e.target.value)}
            aria-invalid={!!problems.channel}
            aria-describedby={problems.channel ? 'dest-channel-error' : undefined}
          >
            <option value="">Any</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_WORDS[c]}
              </option>
            ))}
          </select>
          <FieldError id="dest-channel-error" message={problems.channel} />
        </div>
      </div>
      <p className="muted dist-note">
        With a territory or channel set, deliveries of assets not licensed for it are refused.
      </p>
      {draft.kind !== 'FOLDER' && (
        <p className="muted dist-note">
          Credentials are stored encrypted and are never shown again, not even to admins.
        </p>
      )}
      <FieldError id="dest-error" message={problems['']} />
      <div className="inline-form">
        <span className="spacer" />
        {saved && (
          <span role="status" className="dist-saved">
            {saved}
          </span>
        )}
        <button className="btn primary" type="submit" disabled={create.isPending}>
          Save destination
        </button>
      </div>
    </form>
  );
}

/** The workspace's destinations (credentials never shown), and a form for a new one. */
export function DestinationsPage() {
  const me = useMe();
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['destinations'], queryFn: () => gql(DestinationsQuery) });
  const [error, setError] = useState<string>();
  const remove = useMutation({
    mutationFn: (id: string) => gql(DeleteDestinationMutation, { id }),
    onMutate: () => setError(undefined),
    onError: (e) => setError(errorMessage(e)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['destinations'] }),
  });
  const isAdmin = me.data?.role === 'admin';
  return (
    <div className="admin-page dist-page">
      <div>
        <h1 className="admin-title">Destinations</h1>
        <p className="admin-lead">
          Where deliveries are written: a folder, an SFTP server or an S3 bucket; or a webhook told where to fetch them.
        </p>
      </div>
      <section className="admin-card" aria-labelledby="destinations-title">
        <h2 id="destinations-title">Destinations</h2>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        {query.isPending ? (
          <div className="skeleton" style={{ height: 60 }} />
        ) : query.isError ? (
          <p className="alert" role="alert">
            {errorMessage(query.error)}
          </p>
        ) : query.data.destinations.length === 0 ? (
          <p className="muted">No destinations yet.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Writes to</th>
                <th scope="col">Rights</th>
                <th scope="col">Credentials</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.destinations.map((d) => (
                <tr key={d.id}>
                  <td>
                    <strong>{d.name}</strong>
                    <div className="muted" style={{ fontSize: 12 }}>
                      since {formatDate(d.createdAt)}
                    </div>
                  </td>
                  <td>{KIND_WORDS[d.kind]}</td>
                  <td className="mono dist-location">{destinationWhere(d.kind, d.settings)}</td>
                  <td>{rightsWords(d.territory, d.channel)}</td>
                  <td className="muted">
                    {d.hasCredentials ? 'Stored, encrypted' : d.kind === 'FOLDER' ? '—' : 'None'}
                  </td>
                  <td style={{ textAlign: 'right' }}>
                    {isAdmin && (
                      <button
                        className="btn small ghost"
                        aria-label={`Remove ${d.name}`}
                        onClick={() => window.confirm(`Remove ${d.name}?`) && remove.mutate(d.id)}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {isAdmin ? <NewDestination /> : <p className="muted">Workspace admins add destinations.</p>}
    </div>
  );
}
