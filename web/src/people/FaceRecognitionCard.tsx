import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { who } from '../asset/who';
import type { Me } from '../auth/session';
import type { FaceRecognitionQuery } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { formatDateTime } from '../ui/format';
import { DeleteFaceDataMutation, SetFaceRecognitionMutation } from './operations';

type Settings = FaceRecognitionQuery['faceRecognition'];

/** Admins: switch face recognition for the workspace, and delete every face the workspace keeps. */
export function FaceRecognitionCard({ settings, me }: { settings: Settings; me: Me }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => gql(SetFaceRecognitionMutation, { enabled }),
    onSuccess: (data) => {
      setError(undefined);
      client.setQueryData(['face-recognition'], { faceRecognition: data.setFaceRecognition });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const wipe = useMutation({
    mutationFn: () => gql(DeleteFaceDataMutation),
    onSuccess: ({ deleteFaceData }) => {
      setConfirming(false);
      setError(undefined);
      setNote(`Deleted ${deleteFaceData} ${deleteFaceData === 1 ? 'face' : 'faces'} and every person.`);
      return client.invalidateQueries({ queryKey: ['people'] });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  return (
    <section className="admin-card face-admin" aria-labelledby="face-admin-title">
      <div className="admin-card-head">
        <h2 id="face-admin-title">Face recognition</h2>
        <span className="muted small">Workspace admins</span>
      </div>
      <label className="switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          disabled={toggle.isPending}
          onChange={(e) => toggle.mutate(e.target.checked)}
        />
        <span className="switch" aria-hidden="true" />
        <span>
          <strong>{settings.enabled ? 'On' : 'Off'}</strong>
          <span className="muted">
            {' '}
            —{' '}
            {settings.enabled ? 'faces in new media are found and grouped into people' : 'no new faces are looked for'}
            {settings.changedAt &&
              ` · changed by ${who(settings.changedBy ?? '', me)} on ${formatDateTime(settings.changedAt)}`}
          </span>
        </span>
      </label>
      <div className="inline-form">
        <p className="muted" style={{ flex: '1 1 320px' }}>
          Deleting face data removes every face, face picture and person of the workspace, with their names. Media and
          other findings stay.
        </p>
        <button className="btn danger" onClick={() => setConfirming(true)}>
          Delete all face data…
        </button>
      </div>
      {note && (
        <p className="alert ok" role="status">
          {note}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {confirming && (
        <Dialog title="Delete all face data?" onClose={() => setConfirming(false)}>
          <p>
            Every face, face picture and person of {me.workspaceName} is deleted, with the names people gave them. This
            cannot be undone; faces come back only when enrichment runs again with recognition on.
          </p>
          <div className="confirm-actions">
            <button className="btn" onClick={() => setConfirming(false)} autoFocus>
              Keep face data
            </button>
            <button className="btn primary danger-fill" disabled={wipe.isPending} onClick={() => wipe.mutate()}>
              {wipe.isPending ? 'Deleting…' : 'Delete all face data'}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
