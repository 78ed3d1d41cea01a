import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { gql } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import { formatBytes, formatDate } from '../ui/format';
import { ArchivePlanView, type ArchivePlan } from './ArchivePlanView';
import {
  ArchiveCollectionMutation,
  ArchiveOverviewQuery,
  CreateArchivePolicyMutation,
  RunArchivePolicyMutation,
} from './operations';
import './archive.css';

type Overview = Awaited<ReturnType<typeof loadOverview>>;
const loadOverview = () => gql(ArchiveOverviewQuery);

function Locations({ locations }: { locations: Overview['archiveLocations'] }) {
  return (
    <section className="archive-panel" aria-labelledby="locations-title">
      <h2 id="locations-title">Locations</h2>
      {locations.length === 0 ? (
        <p className="muted" style={{ margin: 0 }}>
          No archive locations are configured.
        </p>
      ) : (
        <table className="archive-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Use</th>
              <th scope="col" className="num">
                Free space
              </th>
            </tr>
          </thead>
          <tbody>
            {locations.map((l) => (
              <tr key={l.name}>
                <td className="mono">{l.name}</td>
                <td>{l.usedForCopies ? 'Receives archive copies' : 'Read for restores only'}</td>
                <td className="num">{l.freeBytes == null ? 'unknown' : formatBytes(l.freeBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A dry run first, then the real run from its result. */
function usePlan(run: (dryRun: boolean) => Promise<ArchivePlan>) {
  const client = useQueryClient();
  const [plan, setPlan] = useState<ArchivePlan>();
  const [error, setError] = useState<string>();
  const mutation = useMutation({
    mutationFn: run,
    onMutate: () => setError(undefined),
    onSuccess: (result) => {
      setPlan(result);
      if (!result.dryRun) void client.invalidateQueries({ queryKey: ['search'] });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  return {
    plan,
    error,
    pending: mutation.isPending,
    dryRun: () => mutation.mutate(true),
    run: () => mutation.mutate(false),
    reset: () => setPlan(undefined),
  };
}

function PolicyRow({
  policy,
  collections,
}: {
  policy: Overview['archivePolicies'][number];
  collections: Map<string, string>;
}) {
  const plan = usePlan(
    async (dryRun) => (await gql(RunArchivePolicyMutation, { id: policy.id, dryRun })).runArchivePolicy,
  );
  const selects = [
    policy.collectionId ? `assets in ${collections.get(policy.collectionId) ?? 'a collection'}` : null,
    policy.olderThanDays != null ? `no new version for ${policy.olderThanDays} days` : null,
    policy.metadataField ? `${policy.metadataField} is ${JSON.stringify(policy.metadataValue)}` : null,
    policy.daysAfterDelivery != null ? `delivered ${policy.daysAfterDelivery} days ago or more` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="plan" style={{ listStyle: 'none' }} aria-label={`Policy ${policy.name}`}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <div style={{ flex: 1, minWidth: 220 }}>
          <strong>{policy.name}</strong>
          <div className="muted" style={{ fontSize: 12 }}>
            Archives {selects || 'nothing yet'} ·{' '}
            {policy.retentionDays ? `kept at least ${policy.retentionDays} days` : 'no retention period'} ·{' '}
            {policy.locations ? `copies to ${policy.locations.join(', ')}` : 'copies to the default locations'} ·{' '}
            {policy.everyMinutes
              ? `runs every ${policy.everyMinutes} min${policy.nextRunAt ? `, next ${formatDate(policy.nextRunAt)}` : ''}`
              : 'runs by hand'}{' '}
            · since {formatDate(policy.createdAt)}
          </div>
        </div>
        <button className="btn" onClick={plan.dryRun} disabled={plan.pending}>
          Dry run
        </button>
        <button className="btn primary" onClick={plan.run} disabled={plan.pending}>
          Run now
        </button>
      </div>
      {plan.error && (
        <p className="alert" role="alert" style={{ marginTop: 10 }}>
          {plan.error}
        </p>
      )}
      {plan.plan && <ArchivePlanView plan={plan.plan} onRun={plan.run} running={plan.pending} />}
    </li>
  );
}

interface PolicyForm {
  name: string;
  collectionId: string;
  olderThanDays: string;
  metadataField: string;
  metadataValue: string;
  daysAfterDelivery: string;
  everyMinutes: string;
  retentionDays: string;
}

type CollectionChoice = { id: string; name: string; kind: 'MANUAL' | 'SMART'; assetCount: number };

/** Collections to choose from: manual ones, then saved searches (whose results are taken when the archive runs). */
function CollectionOptions({ collections, counted = false }: { collections: CollectionChoice[]; counted?: boolean }) {
  const groups = [
    { label: 'Collections', kind: 'MANUAL' },
    { label: 'Saved searches', kind: 'SMART' },
  ] as const;
  return groups.map(({ label, kind }) => {
    const members = collections.filter((c) => c.kind === kind);
    return members.length === 0 ? null : (
      <optgroup key={kind} label={label}>
        {members.map((c) => (
          <option key={c.id} value={c.id}>
            {counted && kind === 'MANUAL' ? `${c.name} (${c.assetCount})` : c.name}
          </option>
        ))}
      </optgroup>
    );
  });
}

function NewPolicy({ collections, locations }: { collections: CollectionChoice[]; locations: string[] }) {
  const client = useQueryClient();
  const [copiesTo, setCopiesTo] = useState<string[]>([]);
  const { register, handleSubmit, formState, setError, reset } = useForm<PolicyForm>({
    defaultValues: {
      collectionId: '',
      olderThanDays: '',
      metadataField: '',
      metadataValue: '',
      daysAfterDelivery: '',
      everyMinutes: '',
      retentionDays: '',
    },
  });
  const days = (v: string) => (v.trim() === '' ? null : Number(v));
  const onSubmit = handleSubmit(async (v) => {
    try {
      await gql(CreateArchivePolicyMutation, {
        input: {
          name: v.name.trim(),
          collectionId: v.collectionId || null,
          olderThanDays: days(v.olderThanDays),
          metadataField: v.metadataField.trim() || null,
          metadataValue: v.metadataField.trim() ? v.metadataValue : null,
          daysAfterDelivery: days(v.daysAfterDelivery),
          everyMinutes: days(v.everyMinutes),
          retentionDays: days(v.retentionDays),
          locations: copiesTo.length ? locations.filter((name) => copiesTo.includes(name)) : null,
        },
      });
      reset();
      setCopiesTo([]);
      await client.invalidateQueries({ queryKey: ['archive-overview'] });
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields : {};
      const keys = [
        'collectionId',
        'olderThanDays',
        'metadataField',
        'metadataValue',
        'daysAfterDelivery',
        'everyMinutes',
        'retentionDays',
      ] as const;
      const key = keys.find((k) => fields[k]) ?? 'name';
      setError(key, { message: fields[key] ?? errorMessage(e) });
    }
  });
  const dayRule = {
    validate: (v: string) =>
      v.trim() === '' || (/^\d+$/.test(v.trim()) && Number(v) <= 36500) || 'Enter a whole number of days',
  };
  const err = formState.errors;
  return (
    <>
      <h3 id="new-policy-title" style={{ margin: '18px 0 8px' }}>
        New policy
      </h3>
      <form onSubmit={onSubmit} noValidate className="archive-form" aria-labelledby="new-policy-title">
        <div className="field" style={{ flex: '1 1 200px' }}>
          <label htmlFor="policy-name">Policy name</label>
          <input
            id="policy-name"
            className="input"
            aria-invalid={!!err.name}
            {...register('name', { validate: (v) => v.trim() !== '' || 'Give the policy a name' })}
          />
          {err.name && (
            <span className="field-error" role="alert">
              {err.name.message}
            </span>
          )}
        </div>
        <div className="field" style={{ flex: '1 1 180px' }}>
          <label htmlFor="policy-collection">Collection</label>
          <select
            id="policy-collection"
            className="input"
            aria-invalid={!!err.collectionId}
            {...register('collectionId')}
          >
            <option value="">Any collection</option>
            <CollectionOptions collections={collections} />
          </select>
          {err.collectionId && (
            <span className="field-error" role="alert">
              {err.collectionId.message}
            </span>
          )}
        </div>
        <div className="field" style={{ width: 150 }}>
          <label htmlFor="policy-older">Unchanged for (days)</label>
          <input
            id="policy-older"
            className="input"
            inputMode="numeric"
            aria-invalid={!!err.olderThanDays}
            {...register('olderThanDays', dayRule)}
          />
          {err.olderThanDays && (
            <span className="field-error" role="alert">
              {err.olderThanDays.message}
            </span>
          )}
        </div>
        <div className="field" style={{ width: 150 }}>
          <label htmlFor="policy-metadataField">Metadata field</label>
          <input
            id="policy-metadataField"
            className="input"
            aria-invalid={!!err.metadataField}
            {...register('metadataField')}
          />
          {err.metadataField && (
            <span className="field-error" role="alert">
              {err.metadataField.message}
            </span>
          )}
        </div>
        <div className="field" style={{ width: 150 }}>
          <label htmlFor="policy-metadataValue">Has the value</label>
          <input
            id="policy-metadataValue"
            className="input"
            aria-invalid={!!err.metadataValue}
            {...register('metadataValue')}
          />
          {err.metadataValue && (
            <span className="field-error" role="alert">
              {err.metadataValue.message}
            </span>
          )}
        </div>
        <div className="field" style={{ width: 150 }}>
          <label htmlFor="policy-daysAfterDelivery">Delivered for (days)</label>
          <input
            id="policy-daysAfterDelivery"
            className="input"
            inputMode="numeric"
            aria-invalid={!!err.daysAfterDelivery}
            {...register('daysAfterDelivery', dayRule)}
          />
          {err.daysAfterDelivery && (
            <span className="field-error" role="alert">
              {err.daysAfterDelivery.message}
            </span>
          )}
        </div>
        <div className="field" style={{ width: 150 }}>
          <label htmlFor="policy-everyMinutes">Runs every (min)</label>
          <input
            id="policy-everyMinutes"
            className="input"
            inputMode="numeric"
            aria-invalid={!!err.everyMinutes}
            {...register('everyMinutes', dayRule)}
          />
          {err.everyMinutes && (
            <span className="field-error" role="alert">
              {err.everyMinutes.message}
            </span>
          )}
        </div>
        <div className="field" style={{ width: 150 }}>
          <label htmlFor="policy-retention">Retention (days)</label>
          <input
            id="policy-retention"
            className="input"
            inputMode="numeric"
            aria-invalid={!!err.retentionDays}
            {...register('retentionDays', dayRule)}
          />
          {err.retentionDays && (
            <span className="field-error" role="alert">
              {err.retentionDays.message}
            </span>
          )}
        </div>
        <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="label" style={{ marginBottom: 6 }}>
            Copies go to
          </legend>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center', minHeight: 34 }}>
            {locations.map((name) => (
              <label key={name} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                <input
                  type="checkbox"
                  checked={copiesTo.includes(name)}
                  onChange={() =>
                    setCopiesTo((now) => (now.includes(name) ? now.filter((n) => n !== name) : [...now, name]))
                  }
                />
                {name}
              </label>
            ))}
            {copiesTo.length === 0 && <span className="muted">the default locations</span>}
          </div>
        </fieldset>
        <button className="btn primary" type="submit" disabled={formState.isSubmitting}>
          Create policy
        </button>
      </form>
    </>
  );
}

function ArchiveCollection({ collections }: { collections: CollectionChoice[] }) {
  const [collectionId, setCollectionId] = useState('');
  const plan = usePlan(
    async (dryRun) => (await gql(ArchiveCollectionMutation, { collectionId, dryRun })).archiveCollection,
  );
  return (
    <section className="archive-panel" aria-labelledby="collection-title">
      <h2 id="collection-title">Archive a collection by hand</h2>
      <div className="archive-form">
        <div className="field" style={{ flex: '1 1 240px' }}>
          <label htmlFor="archive-collection">Collection</label>
          <select
            id="archive-collection"
            className="input"
            value={collectionId}
            onChange={(e) => {
              setCollectionId(e.target.value);
              plan.reset();
            }}
          >
            <option value="">Choose a collection</option>
            <CollectionOptions collections={collections} counted />
          </select>
        </div>
        <button className="btn" onClick={plan.dryRun} disabled={!collectionId || plan.pending}>
          Dry run
        </button>
      </div>
      {plan.error && (
        <p className="alert" role="alert" style={{ marginTop: 10 }}>
          {plan.error}
        </p>
      )}
      {plan.plan && <ArchivePlanView plan={plan.plan} onRun={plan.run} running={plan.pending} />}
    </section>
  );
}

export function ArchivePage() {
  const me = useMe();
  const overview = useQuery({ queryKey: ['archive-overview'], queryFn: loadOverview });
  const isAdmin = me.data?.role === 'admin';
  return (
    <div className="archive-page">
      <div className="lib-head">
        <h1>Archive</h1>
      </div>
      <div className="content">
        {overview.isPending ? (
          <div className="skeleton" style={{ height: 160 }} />
        ) : overview.isError ? (
          <p className="alert" role="alert">
            {errorMessage(overview.error)}
          </p>
        ) : (
          (() => {
            const collections = overview.data.collections.edges.map((e) => e.node);
            const names = new Map(collections.map((c) => [c.id, c.name]));
            const policies = overview.data.archivePolicies;
            return (
              <>
                <Locations locations={overview.data.archiveLocations} />
                <section className="archive-panel" aria-labelledby="policies-title">
                  <h2 id="policies-title">Policies</h2>
                  <p className="muted" style={{ marginTop: 0 }}>
                    A policy selects assets to archive. Do a dry run to see what it would move and how many bytes.
                  </p>
                  {policies.length === 0 ? (
                    <p className="muted">No policies yet.</p>
                  ) : (
                    <ul style={{ margin: 0, padding: 0, display: 'grid', gap: 10 }}>
                      {policies.map((p) => (
                        <PolicyRow key={p.id} policy={p} collections={names} />
                      ))}
                    </ul>
                  )}
                  {isAdmin ? (
                    <NewPolicy
                      collections={collections}
                      locations={overview.data.archiveLocations.map((l) => l.name)}
                    />
                  ) : (
                    <p className="muted" style={{ marginBottom: 0 }}>
                      Workspace admins create policies.
                    </p>
                  )}
                </section>
                <ArchiveCollection collections={collections} />
              </>
            );
          })()
        )}
      </div>
    </div>
  );
}
