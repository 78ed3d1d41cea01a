import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { SourceIngestMode, StorageSourceKind, StorageSourcesQuery } from '../gql/graphql';
import { formatDate } from '../ui/format';
import {
  CreateStorageSourceMutation,
  ScanStorageSourceMutation,
  StorageSourcesQuery as Query,
} from './source-operations';

const KEY = ['storage-sources'];
type Source = StorageSourcesQuery['storageSources'][number];

const KIND_LABEL: Record<StorageSourceKind, string> = { LOCAL: 'Folder / NAS', SFTP: 'SFTP', S3: 'S3 bucket' };

/** Where a source reads from, in one line. */
function where(source: Source): string {
  const s = source.settings as Record<string, string | number | undefined>;
  if (source.kind === 'S3') return `s3://${s.bucket}${s.prefix ? `/${s.prefix}` : ''}`;
  if (source.kind === 'SFTP')
    return `sftp://${s.username}@${s.host}:${s.port}${s.path ? `/${String(s.path).replace(/^\//, '')}` : ''}`;
  return String(s.path ?? '');
}

function ScanCell({ source }: { source: Source }) {
  const { scan } = source;
  if (scan.state === 'SCANNING')
    return (
      <span className="scan-progress" role="status">
        <span className="badge processing">Scanning</span> {scan.listed.toLocaleString()} listed · {scan.queued} new or
        changed
      </span>
    );
  if (scan.state === 'FAILED')
    return (
      <span className="scan-failed">
        <span className="badge failed">Scan failed</span> <span className="field-error">{scan.error}</span>
      </span>
    );
  if (scan.requested) return <span className="muted">Waiting to scan…</span>;
  return (
    <span>
      {scan.finishedAt ? (
        <span className="muted">
          {scan.listed.toLocaleString()} {scan.listed === 1 ? 'file' : 'files'} · {formatDate(scan.finishedAt)}
        </span>
      ) : (
        <span className="muted">Not scanned yet</span>
      )}
      {scan.missing > 0 && (
        <>
          {' '}
          <span className="badge missing">{scan.missing} missing</span>
        </>
      )}
    </span>
  );
}

const EMPTY = { name: '', kind: 'S3' as StorageSourceKind, mode: 'IN_PLACE' as SourceIngestMode, schedule: '' };

/** Storage sources: where media is ingested from by scanning, with each scan's state and progress. */
export function SourcesPage() {
  const client = useQueryClient();
  const sources = useQuery({
    queryKey: KEY,
    queryFn: () => gql(Query),
    refetchInterval: (query) =>
      query.state.data?.storageSources.some((s) => s.scan.state === 'SCANNING' || s.scan.requested) ? 1500 : 15_000,
  });
  const [form, setForm] = useState(EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const field = (key: string) => ({
    value: fields[key] ?? '',
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setFields({ ...fields, [key]: e.target.value }),
  });
  const create = useMutation({
    mutationFn: () => {
      const f = fields;
      const settings =
        form.kind === 'S3'
          ? { bucket: f.bucket, prefix: f.prefix ?? '', ...(f.endpoint ? { endpoint: f.endpoint } : {}) }
          : form.kind === 'SFTP'
            ? { host: f.host, port: Number(f.port || 22), username: f.username, path: f.path ?? '' }
            : { path: f.path };
      const credentials =
        form.kind === 'S3'
          ? { accessKeyId: f.accessKeyId, secretAccessKey: f.secretAccessKey }
          : form.kind === 'SFTP'
            ? { password: f.password }
            : undefined;
      return gql(CreateStorageSourceMutation, {
        input: {
          name: form.name.trim(),
          kind: form.kind,
          mode: form.mode,
          settings,
          credentials,
          scheduleMinutes: form.schedule ? Number(form.schedule) : null,
          watch: form.kind === 'LOCAL',
        },
      });
    },
    onSuccess: () => {
      setForm(EMPTY);
      setFields({});
      setError(undefined);
      return client.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const scan = useMutation({
    mutationFn: (id: string) => gql(ScanStorageSourceMutation, { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });

  return (
    <>
      <h1 className="admin-title">Storage sources</h1>
      <div className="admin-page">
        <p className="admin-lead">
          Buckets, SFTP folders and NAS shares scanned for media. In place, masters stay where they are: the library
          keeps their location and checksum, and a file that changes becomes a new version.
        </p>
        {sources.isPending ? (
          <div className="skeleton" style={{ height: 80 }} />
        ) : sources.isError ? (
          <p className="alert" role="alert">
            {errorMessage(sources.error)}
          </p>
        ) : (
          <section className="section" aria-labelledby="sources-title">
            <h3 id="sources-title">Sources</h3>
            {sources.data.storageSources.length === 0 ? (
              <p className="muted">No sources yet. Add a bucket, an SFTP folder or a NAS share below.</p>
            ) : (
              <table className="data-table" aria-labelledby="sources-title">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Location</th>
                    <th>Masters</th>
                    <th>Last scan</th>
                    <th>
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sources.data.storageSources.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <div>{s.name}</div>
                        <div className="muted small">
                          {KIND_LABEL[s.kind]}
                          {s.scheduleMinutes ? ` · every ${s.scheduleMinutes} min` : ''}
                          {s.watch ? ' · watched' : ''}
                        </div>
                      </td>
                      <td className="mono small source-where" title={where(s)}>
                        {where(s)}
                      </td>
                      <td>{s.mode === 'IN_PLACE' ? 'Left in place' : 'Copied in'}</td>
                      <td>
                        <ScanCell source={s} />
                      </td>
                      <td style={{ textAlign: 'right' }}>
                        <button
                          className="btn small"
                          onClick={() => scan.mutate(s.id)}
                          disabled={scan.isPending || s.scan.state === 'SCANNING' || s.scan.requested}
                          aria-label={`Scan now: ${s.name}`}
                        >
                          Scan now
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )}
        <form
          className="admin-card"
          noValidate
          aria-labelledby="add-source-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (!form.name.trim()) return setError('Name the source (e.g. the card or share it reads)');
            create.mutate();
          }}
        >
          <h2 id="add-source-title">Add a source</h2>
          <div className="inline-form">
            <div className="field grow">
              <label htmlFor="source-name">Name</label>
              <input
                id="source-name"
                className="input"
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
                placeholder="Camera cards, day 1"
              />
            </div>
            <div className="field">
              <label htmlFor="source-kind">Kind</label>
              <select
                id="source-kind"
                className="input"
                value={form.kind}
                onChange={(e) => setForm({ ...form, kind: e.target.value as StorageSourceKind })}
              >
                {(Object.keys(KIND_LABEL) as StorageSourceKind[]).map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="source-mode">Masters</label>
              <select
                id="source-mode"
                className="input"
                value={form.mode}
                onChange={(e) => setForm({ ...form, mode: e.target.value as SourceIngestMode })}
              >
                <option value="IN_PLACE">Leave in place</option>
                <option value="COPY">Copy in</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="source-schedule">Scan every (min)</label>
              <input
                id="source-schedule"
                className="input"
                inputMode="numeric"
                value={form.schedule}
                onChange={(e) => setForm({ ...form, schedule: e.target.value })}
                placeholder="Only when asked"
              />
            </div>
          </div>
          <div className="inline-form">
            {form.kind === 'S3' && (
              <>
                <Input id="bucket" label="Bucket" {...field('bucket')} />
                <Input id="prefix" label="Prefix" {...field('prefix')} />
                <Input id="endpoint" label="Endpoint (S3-compatible)" {...field('endpoint')} />
                <Input id="accessKeyId" label="Access key id" {...field('accessKeyId')} />
                <Input id="secretAccessKey" label="Secret access key" type="password" {...field('secretAccessKey')} />
              </>
            )}
            {form.kind === 'SFTP' && (
              <>
                <Input id="host" label="Host" {...field('host')} />
                <Input id="port" label="Port" {...field('port')} />
                <Input id="username" label="User" {...field('username')} />
                <Input id="path" label="Folder" {...field('path')} />
                <Input id="password" label="Password" type="password" {...field('password')} />
              </>
            )}
            {form.kind === 'LOCAL' && <Input id="path" label="Folder under the source root" {...field('path')} />}
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button className="btn primary" type="submit" disabled={create.isPending}>
            Add and scan
          </button>
        </form>
      </div>
    </>
  );
}

function Input(props: {
  id: string;
  label: string;
  type?: string;
  value: string;
  onChange: (e: React.ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={`source-${props.id}`}>{props.label}</label>
      <input
        id={`source-${props.id}`}
        className="input"
        type={props.type ?? 'text'}
        autoComplete="off"
        value={props.value}
        onChange={props.onChange}
      />
    </div>
  );
}
