import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { PlaceLegalHoldMutation, ReleaseLegalHoldMutation } from './operations';

/** An admin's place and release of an asset's legal hold. */
export function LegalHoldControl({ assetId, held }: { assetId: string; held: boolean }) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const done = () => {
    setEditing(false);
    setReason('');
    void client.invalidateQueries({ queryKey: ['asset-archive', assetId] });
  };
  const options = {
    onMutate: () => setError(undefined),
    onSuccess: done,
    onError: (e: unknown) => setError(errorMessage(e)),
  };
  const place = useMutation({
    mutationFn: () => gql(PlaceLegalHoldMutation, { assetId, reason: reason.trim() }),
    ...options,
  });
  const release = useMutation({ mutationFn: () => gql(ReleaseLegalHoldMutation, { assetId }), ...options });
  return (
    <div style={{ marginTop: 10 }}>
      {held ? (
        <button className="btn small" onClick={() => release.mutate()} disabled={release.isPending}>
          Release legal hold
        </button>
      ) : editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) place.mutate();
            else setError('Say why the asset is held');
          }}
        >
          <label className="label" htmlFor="hold-reason">
            Reason for the hold
          </label>
          <input
            id="hold-reason"
            className="input"
            autoFocus
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          />
          <div style={{ display: 'flex', gap: 6, marginTop: 6, justifyContent: 'flex-end' }}>
            <button type="button" className="btn small" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="btn small primary" disabled={place.isPending}>
              Place hold
            </button>
          </div>
        </form>
      ) : (
        <button className="btn small" onClick={() => setEditing(true)}>
          Place legal hold
        </button>
      )}
      {error && (
        <p className="field-error" role="alert" style={{ margin: '4px 0 0' }}>
          {error}
        </p>
      )}
    </div>
  );
}
