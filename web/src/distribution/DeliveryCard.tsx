import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { who } from '../asset/who';
import { useMe } from '../auth/session';
import { formatDateTime } from '../ui/format';
import { CancelDeliveryMutation, DeliveryDetailQuery, RedeliverMutation } from './operations';
import { refusalOf, refusedReason } from './refusal';
import { useLiveDelivery } from './useLiveDelivery';
import {
  ACTIVE_DELIVERY,
  DELIVERY_WORDS,
  loudnessWords,
  OUTPUT_WORDS,
  tone,
  type Delivery,
  type Output,
  type OutputTransfers,
} from './words';

export type ListedDelivery = Delivery & {
  asset?: { id: string; title: string };
  version: { id: string; number: number };
};

export function StatusPill({ status, words }: { status: string; words: string }) {
  return <span className={`dist-pill ${tone(status)}`}>{words}</span>;
}

function Verification({ output }: { output: Output }) {
  const { passed, differences } = output.verification;
  if (passed === true)
    return (
      <span className="dist-verified" data-testid="verification" data-passed="true">
        ✓ Verified against the profile
      </span>
    );
  if (passed === false)
    return (
      <span className="dist-mismatch" data-testid="verification" data-passed="false">
        ✗ Does not match the profile: {differences.join('; ')}
      </span>
    );
  return (
    <span className="muted" data-testid="verification">
      Verified against the profile once made
    </span>
  );
}

function OutputRow({
  output,
  destinations,
  deliveryReason,
}: {
  output: Output;
  destinations: Map<string, string>;
  deliveryReason?: string | null;
}) {
  const refused = output.status === 'REFUSED';
  const percent = output.status === 'DELIVERED' ? 100 : Math.round(output.progress * 100);
  const state =
    output.status === 'ENCODING'
      ? `${OUTPUT_WORDS.ENCODING} ${percent}%`
      : OUTPUT_WORDS[output.status] || output.status;
  return (
    <li className="dist-output" aria-label={`Output ${output.profileName}`} data-status={output.status}>
      <div className="dist-output-head">
        <strong>{output.profileName}</strong>
        <span className="spacer" />
        <StatusPill status={output.status} words={state} />
      </div>
      {!refused && (
        <div
          className={`progress${output.status === 'DELIVERED' ? ' done' : output.status === 'FAILED' ? ' failed' : ''}`}
          role="progressbar"
          aria-label={`${output.profileName} progress`}
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <div style={{ width: `${percent}%` }} />
        </div>
      )}
      <div className="dist-output-meta">
        {!refused && <Verification output={output} />}
        {output.loudness && (
          <span className="muted mono">
            {loudnessWords(output.loudness)}
            {output.loudnessMode && output.loudnessMode !== 'none' ? ` (${output.loudnessMode})` : ''}
          </span>
        )}
      </div>
      {output.reason && !(refused && refusedReason(output.reason) === refusedReason(deliveryReason)) && (
        <p className="dist-reason">{output.reason}</p>
      )}
      {output.transfers && output.transfers.length > 0 && (
        <ul className="dist-transfers" aria-label={`${output.profileName} transfers`}>
          {output.transfers.map((t) => (
            <li key={t.destinationId}>
              <StatusPill status={t.status} words={OUTPUT_WORDS[t.status as Output['status']] ?? t.status} />
              <span>{destinations.get(t.destinationId) ?? 'Removed destination'}</span>
              {t.location && (
                <span className="mono muted dist-location" title={t.location}>
                  {t.location}
                </span>
              )}
              {t.attempts > 1 && <span className="muted">{t.attempts} tries</span>}
              {t.reason && <span className="dist-reason">{t.reason}</span>}
            </li>
          ))}
        </ul>
      )}
      {output.files && output.files.length > 0 && (
        <p className="muted dist-files">
          {output.files.length === 1
            ? output.files[0]
            : `${output.files.length} files: ${output.files.slice(0, 3).join(', ')}…`}
        </p>
      )}
    </li>
  );
}

/** One delivery, live while it runs: each output's progress, verification and transfers; cancel or deliver again. */
export function DeliveryCard({
  delivery: loaded,
  showAsset = true,
}: {
  delivery: ListedDelivery;
  showAsset?: boolean;
}) {
  const delivery = useLiveDelivery(loaded);
  const me = useMe();
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const after = {
    onMutate: () => setError(undefined),
    onError: (e: unknown) => {
      const refusal = refusalOf(e);
      setError(refusal ? `Refused by the asset’s rights: ${refusal}` : errorMessage(e));
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['deliveries'] });
      void client.invalidateQueries({ queryKey: ['asset-deliveries'] });
    },
  };
  const cancel = useMutation({ mutationFn: () => gql(CancelDeliveryMutation, { deliveryId: delivery.id }), ...after });
  const redeliver = useMutation({ mutationFn: () => gql(RedeliverMutation, { deliveryId: delivery.id }), ...after });
  const active = ACTIVE_DELIVERY.has(delivery.status);
  const [open, setOpen] = useState(false);
  const detail = useQuery({
    queryKey: ['delivery', delivery.id],
    queryFn: () => gql(DeliveryDetailQuery, { id: delivery.id }),
    enabled: open,
  });
  // Files and transfers: from the live state while it runs, else from the delivery opened.
  const transfers = new Map<string, OutputTransfers>(
    ('outputs' in delivery && delivery.outputs.some((o) => 'transfers' in o)
      ? (delivery.outputs as OutputTransfers[])
      : open
        ? (detail.data?.delivery?.outputs ?? [])
        : []
    ).map((o) => [o.profileId, o]),
  );
  const outputs: Output[] = delivery.outputs.map((o) => ({ ...o, ...transfers.get(o.profileId) }));
  const destinationNames = new Map(delivery.destinations.map((d) => [d.id, d.name]));
  const title = showAsset && delivery.asset ? delivery.asset.title : `Version ${delivery.version.number}`;
  return (
    <article className="dist-card" aria-label={`Delivery of ${title}`} data-status={delivery.status}>
      <header className="dist-card-head">
        <div style={{ minWidth: 0 }}>
          <h2>
            {showAsset && delivery.asset ? (
              <>
                <Link to={`/assets/${delivery.asset.id}`}>{delivery.asset.title}</Link>{' '}
                <span className="muted">· version {delivery.version.number}</span>
              </>
            ) : (
              title
            )}
          </h2>
          <p className="muted dist-sub">
            {delivery.ruleId ? 'By a rule' : `By hand, ${who(delivery.requestedBy, me.data)}`} ·{' '}
            {formatDateTime(delivery.createdAt)} · to {delivery.destinations.map((d) => d.name).join(', ') || '—'}
          </p>
        </div>
        <span className="spacer" />
        <StatusPill status={delivery.status} words={DELIVERY_WORDS[delivery.status]} />
        {active ? (
          <button className="btn small" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
            Cancel
          </button>
        ) : (
          <button className="btn small" onClick={() => redeliver.mutate()} disabled={redeliver.isPending}>
            Deliver again
          </button>
        )}
      </header>
      {delivery.status === 'REFUSED' ? (
        <p className="dist-refusal" data-testid="refusal">
          <strong>Refused by the asset’s rights:</strong> {refusedReason(delivery.reason)}
        </p>
      ) : (
        delivery.reason && delivery.status !== 'DELIVERED' && <p className="dist-reason">{delivery.reason}</p>
      )}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {delivery.masterLoudness && (
        <p className="muted dist-sub">Master measured at {loudnessWords(delivery.masterLoudness)}</p>
      )}
      <ul className="dist-outputs" aria-label="Outputs">
        {outputs.map((o) => (
          <OutputRow key={o.profileId} output={o} destinations={destinationNames} deliveryReason={delivery.reason} />
        ))}
      </ul>
      {!active && delivery.status !== 'REFUSED' && (
        <button
          className="btn ghost small dist-more"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          disabled={open && detail.isPending}
        >
          {open ? 'Hide files and transfers' : 'Show files and transfers'}
        </button>
      )}
    </article>
  );
}
