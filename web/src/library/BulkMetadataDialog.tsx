import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import { Dialog } from '../ui/Dialog';
import { BulkSetMetadataMutation, MetadataFieldsQuery } from './operations';

/** One metadata value set on every selected asset at once (all change or none). */
export function BulkMetadataDialog({
  assetIds,
  onDone,
  onClose,
}: {
  assetIds: string[];
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const fields = useQuery({ queryKey: ['metadataFields'], queryFn: () => gql(MetadataFieldsQuery) });
  const [key, setKey] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = fields.data?.metadataFields.find((f) => f.key === key);

  const typed = (): unknown => {
    const t = text.trim();
    if (!t) return null;
    if (field?.type === 'NUMBER') return Number(t);
    if (field?.type === 'BOOLEAN') return t === 'true';
    if (field?.type === 'MULTIPLE_CHOICE')
      return t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    return t;
  };

  return (
    <Dialog
      title={`Set metadata on ${assetIds.length} ${assetIds.length === 1 ? 'asset' : 'assets'}`}
      onClose={onClose}
    >
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!field) return setError('Choose a field');
          setBusy(true);
          setError(undefined);
          try {
            await gql(BulkSetMetadataMutation, { input: { assetIds, values: [{ key, value: typed() }] } });
            onDone(`${field.label} set on ${assetIds.length} ${assetIds.length === 1 ? 'asset' : 'assets'}.`);
          } catch (err) {
            setError(
              err instanceof ApiError && err.fields[key] ? `${field.label} ${err.fields[key]}` : errorMessage(err),
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        <div className="field">
          <label htmlFor="bulk-field">Field</label>
          <select
            id="bulk-field"
            className="input"
            value={key}
            onChange={(e) => {
              setKey(e.target.value);
              setText('');
            }}
          >
            <option value="">Choose a field…</option>
            {fields.data?.metadataFields.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bulk-value">Value</label>
          {field?.type === 'BOOLEAN' ? (
            <select id="bulk-value" className="input" value={text} onChange={(e) => setText(e.target.value)}>
              <option value="">— (clear)</option>
              <option value="true">Yes</option>
              <option value="false">No</option>
            </select>
          ) : field?.type === 'SINGLE_CHOICE' ? (
            <select id="bulk-value" className="input" value={text} onChange={(e) => setText(e.target.value)}>
              <option value="">— (clear)</option>
              {field.choices?.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          ) : (
            <input
              id="bulk-value"
              className="input"
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={!!error}
              placeholder={
                field?.type === 'DATE'
                  ? 'YYYY-MM-DD'
                  : field?.type === 'MULTIPLE_CHOICE'
                    ? 'Comma-separated choices'
                    : 'Leave empty to clear'
              }
            />
          )}
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={busy || !field}>
            Apply to all
          </button>
        </div>
      </form>
    </Dialog>
  );
}
