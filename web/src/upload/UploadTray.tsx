import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatBytes, formatEta } from '../ui/format';
import { ChevronDownIcon, ChevronIcon, CloseIcon, PauseSmallIcon, ResumeIcon } from '../ui/icons';
import { useUploadItems } from './UploadProvider';
import type { UploadItem, UploadStore } from './upload-store';

const KIND_LABEL: Record<string, string> = {
  ingest: 'Analysis',
  proxy: 'Proxy',
  poster: 'Poster',
  thumbnails: 'Thumbnails',
  filmstrip: 'Filmstrip',
  waveform: 'Waveform',
  audio_proxy: 'Audio',
  preview: 'Preview',
};

function statusLine(item: UploadItem): string {
  switch (item.phase) {
    case 'queued':
      return 'Waiting…';
    case 'uploading': {
      const left = item.speed > 0 ? (item.size - item.sent) / item.speed : NaN;
      return `${formatBytes(item.sent)} of ${formatBytes(item.size)}${item.speed ? ` · ${formatBytes(item.speed)}/s` : ''}${Number.isFinite(left) ? ` · ${formatEta(left)}` : ''}`;
    }
    case 'paused':
      return `Paused at ${formatBytes(item.sent)} of ${formatBytes(item.size)}`;
    case 'processing':
      return item.newVersionOf ? 'Uploaded · making the new version viewable…' : 'Uploaded · making it viewable…';
    case 'ready':
      return item.newVersionOf ? 'New version ready' : 'Ready';
    case 'failed':
      return item.error ?? 'Failed';
    case 'cancelled':
      return 'Cancelled';
  }
}

function Item({ item, store }: { item: UploadItem; store: UploadStore }) {
  const pct = item.size ? Math.round((item.sent / item.size) * 100) : 0;
  const uploading = item.phase === 'uploading' || item.phase === 'queued';
  const renditions = Object.values(item.renditions);
  return (
    <li className="upload-item" data-testid="upload-item" data-phase={item.phase}>
      <div className="upload-line">
        <span className="upload-name" title={item.name}>
          {item.assetId && (item.phase === 'ready' || item.phase === 'processing' || item.phase === 'failed') ? (
            <Link to={`/assets/${item.assetId}`}>{item.name}</Link>
          ) : (
            item.name
          )}
        </span>
        {uploading && (
          <button
            className="btn ghost small icon"
            aria-label={`Pause ${item.name}`}
            onClick={() => store.pause(item.id)}
          >
            <PauseSmallIcon size={16} />
          </button>
        )}
        {(item.phase === 'paused' || (item.phase === 'failed' && item.sent < item.size)) && (
          <button
            className="btn ghost small icon"
            aria-label={`Resume ${item.name}`}
            onClick={() => store.resume(item.id)}
          >
            <ResumeIcon size={16} />
          </button>
        )}
        {uploading || item.phase === 'paused' ? (
          <button
            className="btn ghost small icon"
            aria-label={`Cancel ${item.name}`}
            onClick={() => store.cancel(item.id)}
          >
            <CloseIcon size={16} />
          </button>
        ) : (
          <button
            className="btn ghost small icon"
            aria-label={`Dismiss ${item.name}`}
            onClick={() => store.dismiss(item.id)}
          >
            <CloseIcon size={16} />
          </button>
        )}
      </div>
      <div
        className={`progress${item.phase === 'ready' ? ' done' : item.phase === 'failed' ? ' failed' : ''}`}
        role="progressbar"
        aria-label={`Upload of ${item.name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div style={{ width: `${item.phase === 'failed' && item.sent >= item.size ? 100 : pct}%` }} />
      </div>
      <div className="upload-stats" style={item.phase === 'failed' ? { color: '#ffb3b3' } : undefined}>
        <span data-testid="upload-status">{statusLine(item)}</span>
        {item.resumed && item.phase === 'uploading' && <span>resumed</span>}
      </div>
      {renditions.length > 0 && (
        <div className="renditions" aria-label="Processing steps">
          {renditions.map((r) => (
            <span key={r.kind} className={r.status.toLowerCase()} title={r.reason ?? undefined}>
              {KIND_LABEL[r.kind] ?? r.kind}{' '}
              {r.status === 'READY'
                ? '✓'
                : r.status === 'FAILED'
                  ? '✕'
                  : r.status === 'RUNNING'
                    ? `${Math.round(r.progress * 100)}%`
                    : '…'}
            </span>
          ))}
        </div>
      )}
    </li>
  );
}

export function UploadTray({ store }: { store: UploadStore }) {
  const items = useUploadItems(store);
  const [collapsed, setCollapsed] = useState(false);
  // Uploads this browser left unfinished (page reloaded or closed): the same file dropped again continues.
  // Read again as items change: a file that finished after being dropped again is no longer unfinished.
  const unfinished = useMemo(() => store.unfinishedNames(), [store, items]);
  const pending = unfinished.filter((name) => !items.some((i) => i.name === name));
  const active = items.filter(
    (i) => i.phase === 'uploading' || i.phase === 'queued' || i.phase === 'processing',
  ).length;
  const failed = items.some((i) => i.phase === 'failed');
  // Open while something is moving; fold away a few seconds after everything is ready.
  useEffect(() => {
    if (active > 0 || failed) {
      setCollapsed(false);
      return;
    }
    const timer = setTimeout(() => setCollapsed(true), 6000);
    return () => clearTimeout(timer);
  }, [active, failed]);
  if (items.length === 0 && pending.length === 0) return null;
  return (
    <section className="tray" aria-label="Uploads">
      <div className="tray-head">
        <h2 aria-live="polite">
          {active
            ? `Uploading ${active} of ${items.length}`
            : items.length
              ? `${items.length} ${items.length === 1 ? 'upload' : 'uploads'} finished`
              : 'Unfinished uploads'}
        </h2>
        {!active && (
          <button
            className="btn ghost small"
            onClick={() => {
              store.clearFinished();
              store.forgetUnfinished();
            }}
          >
            Clear
          </button>
        )}
        <button
          className="btn ghost small icon"
          aria-label={collapsed ? 'Show uploads' : 'Hide uploads'}
          aria-expanded={!collapsed}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? <ChevronIcon size={14} /> : <ChevronDownIcon size={14} />}
        </button>
      </div>
      {!collapsed && pending.length > 0 && (
        <p className="upload-item muted" style={{ margin: 0, fontSize: 12 }}>
          Not finished before the page was closed: {pending.join(', ')}. Drop {pending.length === 1 ? 'it' : 'them'}{' '}
          again to continue where {pending.length === 1 ? 'it' : 'they'} stopped.
        </p>
      )}
      {!collapsed && items.length > 0 && (
        <ul className="tray-list">
          {items.map((i) => (
            <Item key={i.id} item={i} store={store} />
          ))}
        </ul>
      )}
    </section>
  );
}
