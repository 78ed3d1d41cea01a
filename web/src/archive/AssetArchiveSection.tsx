import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { subscribe } from '../api/ws';
import { who } from '../asset/who';
import { useMe } from '../auth/session';
import type { AssetArchiveQuery as AssetArchiveResult } from '../gql/graphql';
import { formatBytes, formatDateTime } from '../ui/format';
import { LegalHoldControl } from './LegalHoldControl';
import { ArchiveAssetMutation, AssetArchiveQuery, ArchiveJobsSubscription, RestoreAssetMutation } from './operations';
import './archive.css';

type Job = NonNullable<NonNullable<AssetArchiveResult['asset']>['archive']>['jobs'][number];
const ACTIVE = new Set(['QUEUED', 'RUNNING']);
const FIXITY_WORDS = { OK: 'fixity OK', REPAIRED: 'repaired from another copy', FAILED: 'fixity failed' } as const;
const JOB_WORDS = { ARCHIVE: 'Archiving', RESTORE: 'Restoring', SUBCLIP: 'Restoring a subclip' } as const;

/**
 * Live archive jobs of one asset: the subscription's news replaces the job it names; a job that
 * changes status reloads the asset (its tier badge), and an outcome reloads the archive and the library.
 */
function useLiveJobs(assetId: string) {
  const client = useQueryClient();
  useEffect(
    () =>
      subscribe(ArchiveJobsSubscription, { assetId }, ({ archiveJobs: job }) => {
        let before: string | undefined;
        client.setQueryData<AssetArchiveResult>(['asset-archive', assetId], (data) => {
          const archive = data?.asset?.archive;
          if (!data?.asset || !archive) return data;
          before = archive.jobs.find((j) => j.id === job.id)?.status;
          const jobs = before
            ? archive.jobs.map((j) => (j.id === job.id ? { ...j, ...job } : j))
            : [{ createdAt: job.updatedAt, ...job }, ...archive.jobs];
          return { ...data, asset: { ...data.asset, archive: { ...archive, jobs } } };
        });
        if (before !== job.status) void client.invalidateQueries({ queryKey: ['asset', assetId] });
        if (!ACTIVE.has(job.status)) {
          void client.invalidateQueries({ queryKey: ['asset-archive', assetId] });
          void client.invalidateQueries({ queryKey: ['search'] });
        }
      }),
    [assetId, client],
  );
}

function JobProgress({ job }: { job: Job }) {
  const percent = Math.round(job.progress * 100);
  return (
    <div data-testid="archive-job" data-status={job.status} style={{ marginTop: 8 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13 }}>
        <span>
          {JOB_WORDS[job.kind]}
          {job.status === 'QUEUED' ? ' (waiting to start)' : '…'}
        </span>
        <span className="mono muted">{percent}%</span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={`${JOB_WORDS[job.kind]} progress`}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      {job.reason && (
        <p className="muted" style={{ margin: '4px 0 0', fontSize: 12 }}>
          {job.reason}
        </p>
      )}
    </div>
  );
}

/** The master's place (online, archived, restoring), its copies with their last fixity result, legal hold and jobs. */
export function AssetArchiveSection({
  assetId,
  canEdit,
  isAdmin,
}: {
  assetId: string;
  canEdit: boolean;
  isAdmin: boolean;
}) {
  const client = useQueryClient();
  const me = useMe();
  const [error, setError] = useState<string>();
  const query = useQuery({
    queryKey: ['asset-archive', assetId],
    queryFn: () => gql(AssetArchiveQuery, { id: assetId }),
  });
  useLiveJobs(assetId);
  const after = {
    onMutate: () => setError(undefined),
    onError: (e: unknown) => setError(errorMessage(e)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['asset-archive', assetId] }),
  };
  const restore = useMutation({ mutationFn: () => gql(RestoreAssetMutation, { assetId }), ...after });
  const archive = useMutation({ mutationFn: () => gql(ArchiveAssetMutation, { assetId }), ...after });

  if (query.isPending) return <div className="skeleton" style={{ height: 16 }} />;
  if (query.isError)
    return (
      <p className="muted" style={{ margin: 0 }}>
        Archive status could not be loaded: {errorMessage(query.error)}
      </p>
    );
  const state = query.data.asset?.archive;
  if (!state)
    return (
      <p className="muted" style={{ margin: 0 }}>
        No archive information.
      </p>
    );
  const active = state.jobs.filter((j) => ACTIVE.has(j.status));
  const failed = state.jobs.find((j) => j.status === 'FAILED' && !active.length);
  const restoring = state.tier === 'RESTORING' || active.some((j) => j.kind !== 'ARCHIVE');
  const copies = state.copies.filter((c) => c.status !== 'PURGED');

  return (
    <div data-testid="archive-section" data-tier={state.tier}>
      {state.legalHold && (
        <p className="hold-banner" role="status">
          Legal hold: {state.legalHold.reason}. Placed by {who(state.legalHold.placedBy, me.data)} on{' '}
          {formatDateTime(state.legalHold.placedAt)}; archive moves and deletion are blocked.
        </p>
      )}
      <div className="master-row">
        <span>
          Master: <strong>{state.tier === 'HOT' ? 'online' : state.tier === 'COLD' ? 'archived' : 'restoring'}</strong>
        </span>
        {state.tier === 'COLD' && !restoring && (
          <button className="btn small primary" onClick={() => restore.mutate()} disabled={restore.isPending}>
            Restore
          </button>
        )}
        {state.tier === 'HOT' && canEdit && !active.length && !state.legalHold && (
          <button className="btn small" onClick={() => archive.mutate()} disabled={archive.isPending}>
            Archive master
          </button>
        )}
      </div>
      {state.tier === 'COLD' && (
        <p className="muted" style={{ margin: '4px 0 0', fontSize: 12 }}>
          The original file is archived; the proxy, poster and metadata stay online. Restore it to download or edit it.
        </p>
      )}
      {error && (
        <p className="alert" role="alert" style={{ marginTop: 8 }}>
          {error}
        </p>
      )}
      {active.map((j) => (
        <JobProgress key={j.id} job={j} />
      ))}
      {failed && (
        <p className="alert" role="alert" style={{ marginTop: 8 }}>
          The last {failed.kind.toLowerCase()} failed: {failed.reason ?? 'no reason given'}.
        </p>
      )}
      {copies.length > 0 && (
        <ul
          style={{ listStyle: 'none', margin: '10px 0 0', padding: 0, display: 'grid', gap: 6 }}
          aria-label="Archive copies"
        >
          {copies.map((c) => (
            <li key={`${c.packageId}-${c.location}`} style={{ fontSize: 13 }}>
              <span className="mono">{c.location}</span> · {formatBytes(c.payloadBytes)} package
              {c.status === 'CORRUPT' ? <span className="fixity-failed"> · corrupt</span> : null}
              <div className="muted" style={{ fontSize: 12 }}>
                {c.lastFixityResult ? (
                  <>
                    <span className={`fixity-${c.lastFixityResult.toLowerCase()}`}>
                      {FIXITY_WORDS[c.lastFixityResult]}
                    </span>{' '}
                    · checked {formatDateTime(c.lastFixityAt)}
                  </>
                ) : (
                  `written ${formatDateTime(c.createdAt)}, not checked yet`
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {isAdmin && <LegalHoldControl assetId={assetId} held={!!state.legalHold} />}
    </div>
  );
}
