import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { Dialog } from '../ui/Dialog';
import { LeftOutList } from '../ui/LeftOutList';
import { RerunCollectionEnrichmentMutation } from './operations';

const KINDS = [
  { value: 'transcript', label: 'Speech (transcript)', hint: 'corrections are kept' },
  { value: 'text', label: 'On-screen text', hint: 'captions, lower thirds, signs' },
  { value: 'objects', label: 'Objects and scenes', hint: '' },
  { value: 'faces', label: 'Faces and people', hint: 'names and "not this person" are kept' },
  { value: 'logos', label: 'Logos', hint: 'after adding logos to the library' },
] as const;

type Outcome = { assets: number; jobs: number; skipped: { assetId: string; reason: string }[] };

/** Runs enrichment again on the current version of every asset of a collection (a saved search: what it finds now). */
export function EnrichAgainDialog({ collectionId, onClose }: { collectionId: string; onClose: () => void }) {
  const [kinds, setKinds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();

  const run = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { rerunCollectionEnrichment: done } = await gql(RerunCollectionEnrichmentMutation, {
        collectionId,
        kinds: kinds.length ? kinds : null,
      });
      setOutcome({ assets: done.assets, jobs: done.jobs.length, skipped: done.skipped });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (kind: string) =>
    setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));

  return (
    <Dialog title="Enrich again" onClose={onClose}>
      <form onSubmit={run} noValidate>
        {outcome ? (
          <div role="status">
            <p style={{ marginTop: 0 }}>
              Queued {outcome.jobs} {outcome.jobs === 1 ? 'job' : 'jobs'} for {outcome.assets}{' '}
              {outcome.assets === 1 ? 'asset' : 'assets'}. Progress shows on each asset.
            </p>
            <LeftOutList skipped={outcome.skipped} />
          </div>
        ) : (
          <fieldset className="field" style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
            <legend style={{ marginBottom: 6 }}>What to look at again (none ticked: everything each asset had)</legend>
            {KINDS.map((k) => (
              <label key={k.value} style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 4 }}>
                <input type="checkbox" checked={kinds.includes(k.value)} onChange={() => toggle(k.value)} />
                <span>
                  {k.label}
                  {k.hint && <span className="muted"> — {k.hint}</span>}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={onClose}>
            {outcome ? 'Done' : 'Cancel'}
          </button>
          {!outcome && (
            <button type="submit" className="btn primary" disabled={busy}>
              Enrich again
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
