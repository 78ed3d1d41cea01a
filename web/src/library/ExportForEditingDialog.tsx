import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { EditingExportFormat } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { LeftOutList } from '../ui/LeftOutList';
import { download } from '../ui/download';
import { ExportForEditingQuery } from './operations';

const FORMATS: { value: EditingExportFormat; label: string; type: string }[] = [
  { value: 'FCPXML', label: 'Final Cut Pro, Premiere, Resolve (FCPXML)', type: 'application/xml' },
  { value: 'AVID_CSV', label: 'Avid Media Composer bin (CSV shot log)', type: 'text/csv' },
];

const MEDIA = [
  { value: 'drive', label: 'Proxies on the drive', hint: 'Edit over the mounted drive, no relinking' },
  { value: 'conform', label: 'Masters on the drive (conform)', hint: 'The same clips, pointed at the masters' },
  { value: 'beside', label: 'Files beside the export', hint: 'Put the media in the same folder yourself' },
] as const;

/** Hands a collection to an editing application: an FCPXML or an Avid shot log, its media on the drive or beside it. */
export function ExportForEditingDialog({ collectionId, onClose }: { collectionId: string; onClose: () => void }) {
  const [format, setFormat] = useState<EditingExportFormat>('FCPXML');
  const [media, setMedia] = useState<(typeof MEDIA)[number]['value']>('drive');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [skipped, setSkipped] = useState<{ assetId: string; reason: string }[]>([]);

  const exportNow = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { exportCollectionForEditing: made } = await gql(ExportForEditingQuery, {
        collectionId,
        format,
        drive: media !== 'beside',
        conform: media === 'conform',
      });
      download(made.filename, made.content, FORMATS.find((f) => f.value === format)!.type);
      if (made.skipped.length) setSkipped(made.skipped);
      else onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Export for editing" onClose={onClose}>
      <form onSubmit={exportNow} noValidate>
        <div className="field">
          <label htmlFor="export-format">Format</label>
          <select
            id="export-format"
            className="input"
            value={format}
            onChange={(e) => setFormat(e.target.value as EditingExportFormat)}
          >
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field" style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ marginBottom: 6 }}>Media</legend>
          {MEDIA.map((m) => (
            <label key={m.value} style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 4 }}>
              <input type="radio" name="export-media" checked={media === m.value} onChange={() => setMedia(m.value)} />
              <span>
                {m.label} <span className="muted">— {m.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {skipped.length > 0 && (
          <div role="status">
            <LeftOutList skipped={skipped} lead="Exported; " />
          </div>
        )}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={onClose}>
            {skipped.length ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" className="btn primary" disabled={busy}>
            Download
          </button>
        </div>
      </form>
    </Dialog>
  );
}
