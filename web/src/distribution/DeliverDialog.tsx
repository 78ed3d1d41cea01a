import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { Dialog } from '../ui/Dialog';
import { ChoiceList, destinationChoices, profileChoices } from './ChoiceList';
import { refusalOf } from './refusal';
import { DeliverVersionMutation, DeliveryProfilesQuery, DeliveryTargetsQuery, DestinationsQuery } from './operations';

/** An asset to deliver: its chosen version, or (without one) its current version. */
export interface DeliveryTarget {
  assetId: string;
  title?: string;
  versionId?: string;
  versionNumber?: number;
}

interface Outcome {
  title: string;
  error?: string;
  /** Set when the asset's rights forbid the delivery: why. */
  refusal?: string;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Delivers assets by hand: the chosen profiles to the chosen destinations, one delivery per asset. */
export function DeliverDialog({ targets, onClose }: { targets: DeliveryTarget[]; onClose: () => void }) {
  const client = useQueryClient();
  const profiles = useQuery({ queryKey: ['delivery-profiles'], queryFn: () => gql(DeliveryProfilesQuery) });
  const destinations = useQuery({ queryKey: ['destinations'], queryFn: () => gql(DestinationsQuery) });
  // Assets chosen in the library are delivered in their current version.
  const resolved = useQueries({
    queries: targets.map((t) => ({
      queryKey: ['delivery-target', t.assetId],
      queryFn: () => gql(DeliveryTargetsQuery, { id: t.assetId }),
      enabled: !t.versionId,
    })),
  });
  const versions = targets.map((t, i) => {
    if (t.versionId) return { title: t.title ?? 'Asset', versionId: t.versionId, number: t.versionNumber };
    const asset = resolved[i].data?.asset;
    const current = asset?.versions.find((v) => v.current) ?? asset?.versions.at(-1);
    return { title: asset?.title ?? t.title ?? '…', versionId: current?.id, number: current?.number };
  });
  const [profileIds, setProfileIds] = useState<string[]>([]);
  const [destinationIds, setDestinationIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>();
  const count = targets.length;

  const deliver = async () => {
    const p: Record<string, string> = {};
    if (profileIds.length === 0) p.profiles = 'Choose at least one profile';
    if (destinationIds.length === 0) p.destinations = 'Choose at least one destination';
    setProblems(p);
    if (Object.keys(p).length) return;
    setBusy(true);
    const results: Outcome[] = [];
    for (const v of versions) {
      if (!v.versionId) {
        results.push({ title: v.title, error: 'has no version to deliver' });
        continue;
      }
      try {
        await gql(DeliverVersionMutation, { input: { versionId: v.versionId, profileIds, destinationIds } });
        results.push({ title: v.title });
      } catch (e) {
        const refusal = refusalOf(e);
        results.push({ title: v.title, error: refusal ?? errorMessage(e), refusal });
      }
    }
    setBusy(false);
    setOutcomes(results);
    void client.invalidateQueries({ queryKey: ['deliveries'] });
    void client.invalidateQueries({ queryKey: ['asset-deliveries'] });
  };

  const started = outcomes?.filter((o) => !o.error).length ?? 0;
  return (
    <Dialog title={count === 1 ? `Deliver ${versions[0].title}` : `Deliver ${count} assets`} onClose={onClose}>
      {outcomes ? (
        <div className="dist-dialog-body">
          <p role="status">
            {started === 0
              ? 'No delivery was started.'
              : `Started ${started} ${started === 1 ? 'delivery' : 'deliveries'}.`}{' '}
            {started > 0 && (
              <Link to="/distribution/deliveries">Follow {started === 1 ? 'it' : 'them'} on the deliveries page</Link>
            )}
          </p>
          {outcomes
            .filter((o) => o.error)
            .map((o) =>
              o.refusal ? (
                <p key={o.title} className="dist-refusal" role="alert" data-testid="refusal">
                  <strong>{o.title}: refused by the asset’s rights.</strong> {capitalised(o.refusal)}.
                </p>
              ) : (
                <p key={o.title} className="alert" role="alert">
                  {o.title}: {o.error}
                </p>
              ),
            )}
          <div className="inline-form">
            <span className="spacer" />
            <button className="btn primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <div className="dist-dialog-body">
          <p className="muted" style={{ margin: 0 }}>
            {count === 1
              ? `${
                  targets[0].versionId
                    ? `Version ${versions[0].number}`
                    : `Its current version${versions[0].number ? ` (version ${versions[0].number})` : ''}`
                } is made in each profile, checked, and sent to each destination.`
              : `The current version of each: ${versions.map((v) => v.title).join(', ')}.`}
          </p>
          <ChoiceList
            id="deliver-profiles"
            legend="Profiles"
            options={profileChoices(profiles.data?.deliveryProfiles ?? [])}
            chosen={profileIds}
            onChange={setProfileIds}
            error={problems.profiles}
          />
          <ChoiceList
            id="deliver-destinations"
            legend="Destinations"
            options={destinationChoices(destinations.data?.destinations ?? [])}
            chosen={destinationIds}
            onChange={setDestinationIds}
            error={problems.destinations}
          />
          <div className="inline-form">
            <span className="spacer" />
            <button className="btn" onClick={onClose}>
              Cancel
            </button>
            <button className="btn primary" onClick={deliver} disabled={busy}>
              {busy ? 'Starting…' : count === 1 ? 'Deliver' : `Deliver ${count} assets`}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
