import { memo, useState } from 'react';
import { Link } from 'react-router';
import type { SearchAssetsQuery } from '../gql/graphql';
import { formatDate, formatDuration } from '../ui/format';
import { Highlight } from '../ui/Highlight';
import { AudioIcon, DocIcon, FilmIcon, ImageIcon } from '../ui/icons';
import { TierBadge } from '../archive/TierBadge';
import { MissingBadge } from '../sources/MissingBadge';
import { ASSET_DRAG_TYPE, useSelection } from './selection';

export type SearchEdge = NonNullable<SearchAssetsQuery['searchAssets']>['edges'][number];
type Rendition = NonNullable<SearchEdge['node']['currentVersion']>['renditions'][number];

interface FilmstripDetails {
  columns: number;
  rows: number;
  tileWidth: number;
  tileHeight: number;
  count: number;
}

export function StatusBadge({ status, reason }: { status?: string | null; reason?: string | null }) {
  if (!status || status === 'READY') return null;
  const label =
    { AWAITING_UPLOAD: 'Waiting for upload', UPLOADING: 'Uploading', PROCESSING: 'Processing', FAILED: 'Failed' }[
      status
    ] ?? status;
  return (
    <span className={`badge ${status.toLowerCase()}`} title={reason ?? undefined}>
      {label}
    </span>
  );
}

function KindIcon({ kind }: { kind?: string | null }) {
  const size = 28;
  if (kind === 'image') return <ImageIcon size={size} />;
  if (kind === 'audio') return <AudioIcon size={size} />;
  if (kind === 'document' || kind === 'other') return <DocIcon size={size} />;
  return <FilmIcon size={size} />;
}

const ready = (renditions: Rendition[] | undefined, kind: string) =>
  renditions?.find((r) => r.kind === kind && r.status === 'READY' && r.url);

/** Poster, and on hover a scrub through the filmstrip tiles. */
export function Thumbnail({ edge, scrub = true }: { edge: SearchEdge; scrub?: boolean }) {
  const asset = edge.node;
  const version = asset.currentVersion;
  const renditions = version?.renditions;
  const poster = ready(renditions, 'poster') ?? ready(renditions, 'preview');
  const filmstrip = scrub ? ready(renditions, 'filmstrip') : undefined;
  const strip = filmstrip?.details as FilmstripDetails | undefined;
  const [hover, setHover] = useState<number | null>(null);
  const kind = version?.technicalMetadata?.mediaKind ?? asset.type;
  const duration = version?.technicalMetadata?.durationSeconds;

  let stripStyle: React.CSSProperties | undefined;
  if (hover != null && filmstrip && strip?.count) {
    const i = Math.min(strip.count - 1, Math.floor(hover * strip.count));
    const col = i % strip.columns;
    const row = Math.floor(i / strip.columns);
    stripStyle = {
      backgroundImage: `url(${filmstrip.url})`,
      backgroundSize: `${strip.columns * 100}% ${strip.rows * 100}%`,
      backgroundPosition: `${strip.columns > 1 ? (col / (strip.columns - 1)) * 100 : 0}% ${strip.rows > 1 ? (row / (strip.rows - 1)) * 100 : 0}%`,
    };
  }
  return (
    <div
      className="thumb"
      onMouseMove={
        filmstrip
          ? (e) => {
              const r = e.currentTarget.getBoundingClientRect();
              setHover(Math.max(0, Math.min(0.999, (e.clientX - r.left) / r.width)));
            }
          : undefined
      }
      onMouseLeave={filmstrip ? () => setHover(null) : undefined}
    >
      {poster ? (
        <img src={poster.url!} alt="" loading="lazy" decoding="async" draggable={false} />
      ) : (
        <span className="placeholder">
          <KindIcon kind={kind} />
        </span>
      )}
      {stripStyle && <div className="strip" style={stripStyle} aria-hidden="true" />}
      {stripStyle && <div className="scrub-line" style={{ left: `${(hover ?? 0) * 100}%` }} />}
      <span className="status">
        <StatusBadge status={asset.ingestStatus} reason={asset.ingestStatusReason} />
        <TierBadge tier={asset.storageTier} />
        <MissingBadge file={asset.sourceFile} />
      </span>
      {duration != null && duration > 0 && <span className="badge duration">{formatDuration(duration)}</span>}
    </div>
  );
}

/** How a hit names where its words were found. */
const SEGMENT_KIND_LABEL: Record<string, string> = {
  transcript: 'spoken',
  text: 'on screen',
  label: 'seen',
  logo: 'logo',
  person: 'person',
  comment: 'comment',
};

export const AssetCard = memo(function AssetCard({ edge }: { edge: SearchEdge }) {
  const asset = edge.node;
  const tech = asset.currentVersion?.technicalMetadata;
  const snippet = edge.highlights.find((h) => h.includes('<em>'));
  const segment = edge.segments[0];
  const selection = useSelection();
  const selected = selection.ids.has(asset.id);
  return (
    <div className={`card-wrap${selected ? ' selected' : ''}`}>
      <Link
        className="card"
        to={
          segment && segment.startFrame >= 0 ? `/assets/${asset.id}?frame=${segment.startFrame}` : `/assets/${asset.id}`
        }
        draggable
        onDragStart={(e) => {
          const ids = selected ? [...selection.ids] : [asset.id];
          e.dataTransfer.setData(ASSET_DRAG_TYPE, JSON.stringify(ids));
          e.dataTransfer.setData('text/plain', `${ids.length} ${ids.length === 1 ? 'asset' : 'assets'}`);
          e.dataTransfer.effectAllowed = 'copy';
        }}
      >
        {/* The title comes first for screen readers; the thumbnail is shown above it (CSS order). */}
        <div className="card-body">
          <div className="card-title" title={asset.title}>
            {asset.title}
          </div>
          <div className="card-meta">
            <span>{formatDate(asset.createdAt)}</span>
            {tech?.width && tech.height ? (
              <span>
                {tech.width}×{tech.height}
              </span>
            ) : null}
            {asset.currentVersion && asset.currentVersion.number > 1 ? (
              <span>v{asset.currentVersion.number}</span>
            ) : null}
          </div>
          {asset.ingestStatus === 'FAILED' && asset.ingestStatusReason ? (
            <div className="card-reason">{asset.ingestStatusReason}</div>
          ) : segment ? (
            <div className="card-snippet" data-testid="hit-segment">
              {segment.timecode && <span className="mono">at {segment.timecode}</span>}{' '}
              {SEGMENT_KIND_LABEL[segment.kind] ?? segment.kind}: <Highlight text={segment.text} fromFirstHit />
            </div>
          ) : snippet ? (
            <div className="card-snippet">
              <Highlight text={snippet} fromFirstHit />
            </div>
          ) : null}
        </div>
        <Thumbnail edge={edge} />
      </Link>
      <input
        type="checkbox"
        className="card-select"
        checked={selected}
        aria-label={`Select ${asset.title}`}
        onChange={() => undefined}
        onClick={(e) => selection.toggle(asset.id, e.shiftKey)}
      />
    </div>
  );
});

export const AssetRow = memo(function AssetRow({ edge }: { edge: SearchEdge }) {
  const asset = edge.node;
  const tech = asset.currentVersion?.technicalMetadata;
  return (
    <Link className="list-row" to={`/assets/${asset.id}`}>
      <div style={{ minWidth: 0 }}>
        <div className="card-title">{asset.title}</div>
        <div className="card-meta">{asset.currentVersion?.filename}</div>
      </div>
      <Thumbnail edge={edge} scrub={false} />
      <span className="mono muted">{formatDuration(tech?.durationSeconds)}</span>
      <span>
        <StatusBadge status={asset.ingestStatus} reason={asset.ingestStatusReason} />
        {asset.ingestStatus === 'READY' && <span className="muted">Ready</span>} <TierBadge tier={asset.storageTier} />{' '}
        <MissingBadge file={asset.sourceFile} />
      </span>
      <span className="muted col-opt">{tech?.width ? `${tech.width}×${tech.height}` : asset.type}</span>
      <span className="muted col-opt">{formatDate(asset.createdAt)}</span>
    </Link>
  );
});
