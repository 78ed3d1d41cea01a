import { framesToTimecode, parseFrameRate, timecodeToFrames, frameRate as makeRate } from '@mam/timecode';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Hls from 'hls.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import type { AssetPageQuery } from '../gql/graphql';
import { StatusBadge } from '../library/AssetCard';
import { EnrichmentLanes } from '../enrichment/EnrichmentLanes';
import { createPlayhead, type Playhead } from '../enrichment/playhead';
import { TranscriptPanel, useTranscript } from '../enrichment/TranscriptPanel';
import '../enrichment/enrichment.css';
import { Player, type FilmstripInfo, type PlayerController } from '../player/Player';
import { useUploads } from '../upload/UploadProvider';
import { formatBytes, formatDateTime, formatDuration } from '../ui/format';
import { BackIcon, CompareIcon, LockIcon, ReviewIcon, UploadIcon } from '../ui/icons';
import { CreateReviewDialog } from '../review/CreateReviewDialog';
import { AssetArchiveSection } from '../archive/AssetArchiveSection';
import { AssetDeliveries } from '../distribution/AssetDeliveries';
import { TierBadge } from '../archive/TierBadge';
import { AssetHistory } from './AssetHistory';
import { ImageViewer } from './ImageViewer';
import { MetadataForm } from './MetadataForm';
import {
  AssetPageQuery as AssetPageDocument,
  CheckInMutation,
  CheckOutMutation,
  PromoteVersionMutation,
} from './operations';
import { TagEditor } from './TagEditor';
import { who } from './who';

type Asset = NonNullable<AssetPageQuery['asset']>;
type Version = Asset['versions'][number];

function readyRendition(version: Version | undefined, kind: string) {
  return version?.renditions.find((r) => r.kind === kind && r.status === 'READY' && r.url);
}

/** The video proxy while it is still being made, once its HLS stream has segments a browser with MSE can play. */
function streamingProxy(version: Version | undefined) {
  return Hls.isSupported() ? version?.renditions.find((r) => r.kind === 'proxy' && r.hls) : undefined;
}

/** The version's frame rate and the source timecode of its frame 0, as the player counts them. */
function versionTiming(tech: Version['technicalMetadata'] | undefined) {
  let rate = makeRate(25);
  try {
    if (tech?.frameRate) rate = parseFrameRate(tech.frameRate);
  } catch {
    /* keep 25 */
  }
  const tc = tech?.startTimecode ?? '';
  const dropFrame = tc.includes(';');
  let startFrame = 0;
  try {
    if (tc) startFrame = timecodeToFrames(tc, rate, { dropFrame });
  } catch {
    startFrame = 0;
  }
  return { rate, dropFrame, startFrame };
}

interface StageProps {
  asset: Asset;
  version: Version | undefined;
  compareWith?: Version;
  controller: React.Ref<PlayerController>;
  playhead: Playhead;
  seek: (frame: number) => void;
  /** Source timecode of a frame, as the player shows it. */
  label: (frame: number) => string;
}

function Stage({ asset, version, compareWith, controller, playhead, seek, label }: StageProps) {
  const tech = version?.technicalMetadata;
  const [params] = useSearchParams();
  const initialFrame = Number(params.get('frame')) || undefined;
  const proxy = readyRendition(version, 'proxy') ?? streamingProxy(version) ?? readyRendition(version, 'audio_proxy');
  const waveform = readyRendition(version, 'waveform');
  const hasAudio = (proxy?.details as { hasAudio?: boolean } | null)?.hasAudio !== false;
  const compareProxy = readyRendition(compareWith, 'proxy');
  const poster = readyRendition(version, 'poster');
  const preview = readyRendition(version, 'preview');
  const strip = readyRendition(version, 'filmstrip');
  const timing = useMemo(() => versionTiming(tech), [tech]);

  if (proxy && tech?.mediaKind !== 'image') {
    const details = strip?.details as Omit<FilmstripInfo, 'url'> | undefined;
    return (
      <Player
        key={`${version!.id}:${compareWith?.id ?? ''}`}
        src={proxy.url ?? ''}
        hls={proxy.hls ? { url: proxy.hls.url, id: proxy.id } : undefined}
        poster={poster?.url ?? undefined}
        rate={timing.rate}
        startFrame={timing.startFrame}
        dropFrame={timing.dropFrame}
        durationFrames={tech?.durationFrames}
        filmstrip={strip && details ? { url: strip.url!, ...details } : undefined}
        waveform={
          waveform ? { renditionUrl: waveform.url! } : hasAudio && proxy.url ? { proxyUrl: proxy.url } : undefined
        }
        title={asset.title}
        label={`Version ${version!.number}`}
        initialFrame={initialFrame}
        controller={controller}
        onFrame={playhead.set}
        lanes={
          <EnrichmentLanes
            versionId={version!.id}
            lastFrame={Math.max(1, (tech?.durationFrames ?? 1) - 1)}
            playhead={playhead}
            label={label}
            seek={seek}
          />
        }
        compare={
          compareProxy && compareWith
            ? {
                src: compareProxy.url!,
                poster: readyRendition(compareWith, 'poster')?.url ?? undefined,
                label: `Version ${compareWith.number}`,
              }
            : undefined
        }
      />
    );
  }
  if (preview || (poster && tech?.mediaKind === 'image'))
    return <ImageViewer src={(preview ?? poster)!.url!} alt={asset.title} />;
  const failed = version?.renditions.find((r) => r.status === 'FAILED');
  return (
    <div className="processing-stage" aria-busy={asset.ingestStatus === 'PROCESSING'}>
      <div>
        {asset.ingestStatus === 'FAILED' || failed ? (
          <>
            <h2 style={{ color: 'var(--text)' }}>This file could not be processed</h2>
            <p>
              {asset.ingestStatusReason ?? failed?.reason ?? tech?.error ?? 'Upload it again, or a different file.'}
            </p>
          </>
        ) : asset.ingestStatus === 'READY' ? (
          <p>No preview for this kind of file.</p>
        ) : (
          <>
            <div className="skeleton" style={{ width: 240, height: 6, margin: '0 auto 14px' }} />
            <p>Making a viewable copy…</p>
          </>
        )}
      </div>
    </div>
  );
}

function TechnicalPanel({ version, me }: { version: Version | undefined; me: { id: string } | null | undefined }) {
  const t = version?.technicalMetadata;
  if (!version) return <p className="muted">No file uploaded yet.</p>;
  const rows: Array<[string, string | number | null | undefined]> = [
    ['File', version.filename],
    ['Size', formatBytes(version.size)],
    ['Kind', t?.mediaKind],
    ['Format', t?.format],
    ['MIME type', t?.mimeType],
    ['Resolution', t?.width && t.height ? `${t.width} × ${t.height}` : null],
    [
      'Frame rate',
      t?.frameRate
        ? `${t.frameRate} (${(() => {
            try {
              const r = parseFrameRate(t.frameRate);
              return (r.num / r.den).toFixed(3).replace(/\.?0+$/, '');
            } catch {
              return '?';
            }
          })()} fps)`
        : null,
    ],
    [
      'Duration',
      t?.durationSeconds != null
        ? `${formatDuration(t.durationSeconds)}${t.durationFrames ? ` · ${t.durationFrames} frames` : ''}`
        : null,
    ],
    ['Start timecode', t?.startTimecode],
    ['Bit rate', t?.bitRate ? `${(t.bitRate / 1e6).toFixed(2)} Mb/s` : null],
    ['Uploaded', `${formatDateTime(version.createdAt)} by ${who(version.createdBy, me)}`],
    ['Problem', t?.error],
  ];
  return (
    <dl className="kv">
      {rows
        .filter(([, v]) => v != null && v !== '')
        .map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

const TAB_NAMES = { info: 'Info', transcript: 'Transcript', metadata: 'Metadata', history: 'History' } as const;

export function AssetPage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const me = useMe();
  const uploads = useUploads();
  const fileRef = useRef<HTMLInputElement>(null);
  const [tab, setTab] = useState<'info' | 'transcript' | 'metadata' | 'history'>('info');
  const player = useRef<PlayerController>(null);
  const [playhead] = useState(createPlayhead);
  const seek = useCallback((frame: number) => player.current?.seek(frame), []);
  const [versionId, setVersionId] = useState<string>();
  const [compareId, setCompareId] = useState<string>();
  const [actionError, setActionError] = useState<string>();
  const [startingReview, setStartingReview] = useState(false);
  const query = useQuery({
    queryKey: ['asset', id],
    queryFn: () => gql(AssetPageDocument, { id }),
    refetchInterval: (q) =>
      q.state.data?.asset &&
      ['PROCESSING', 'UPLOADING', 'AWAITING_UPLOAD'].includes(q.state.data.asset.ingestStatus ?? '')
        ? 2000
        : false,
  });
  useEffect(
    () =>
      uploads.onFinished((item) => {
        if (item.assetId === id) void client.invalidateQueries({ queryKey: ['asset', id] });
      }),
    [uploads, client, id],
  );
  const asset = query.data?.asset;
  const shown = asset?.versions.find((v) => v.id === (versionId ?? asset.currentVersion?.id)) ?? asset?.versions.at(-1);
  const transcript = useTranscript(shown?.id, ['video', 'audio'].includes(shown?.technicalMetadata?.mediaKind ?? ''));
  const invalidate = () => client.invalidateQueries({ queryKey: ['asset', id] });

  const checkOut = useMutation({
    mutationFn: () => gql(CheckOutMutation, { id, expectedRevision: asset!.revision }),
    onSuccess: invalidate,
    onError: (e) => setActionError(errorMessage(e)),
  });
  const checkIn = useMutation({
    mutationFn: () => gql(CheckInMutation, { id }),
    onSuccess: invalidate,
    onError: (e) => setActionError(errorMessage(e)),
  });
  const promote = useMutation({
    mutationFn: (v: string) =>
      gql(PromoteVersionMutation, { assetId: id, versionId: v, expectedRevision: asset!.revision }),
    onSuccess: invalidate,
    onError: (e) => setActionError(errorMessage(e)),
  });

  // A new version that becomes current is shown when it arrives.
  const currentId = asset?.currentVersion?.id;
  useEffect(() => setVersionId(undefined), [currentId]);
  useEffect(() => setCompareId(undefined), [id]);

  if (query.isPending) {
    return (
      <div className="asset-page" aria-busy="true">
        <div className="asset-stage">
          <div className="skeleton" style={{ height: 24, width: 280, marginBottom: 14 }} />
          <div className="skeleton" style={{ aspectRatio: '16 / 9', maxHeight: '62vh' }} />
        </div>
        <aside className="asset-side">
          <div className="tab-panel">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className="skeleton" style={{ height: 16, marginBottom: 12 }} />
            ))}
          </div>
        </aside>
      </div>
    );
  }
  if (query.isError || !asset) {
    return (
      <div className="empty">
        <div>
          <h2>{query.isError ? 'This asset could not be loaded' : 'Asset not found'}</h2>
          <p>
            {query.isError ? errorMessage(query.error) : 'It may have been removed, or you do not have access to it.'}
          </p>
          <Link className="btn" to="/">
            Back to the library
          </Link>
        </div>
      </div>
    );
  }

  const version = shown;
  const tabs = transcript.data
    ? (['info', 'transcript', 'metadata', 'history'] as const)
    : (['info', 'metadata', 'history'] as const);
  const openTab = tab === 'transcript' && !transcript.data ? 'info' : tab;
  const timing = versionTiming(version?.technicalMetadata);
  const label = (frame: number) => framesToTimecode(timing.startFrame + frame, timing.rate, timing);
  const canEdit = asset.myRole === 'editor' || asset.myRole === 'admin';
  const viewable = asset.versions.filter((v) => readyRendition(v, 'proxy'));
  const compareWith = compareId ? asset.versions.find((v) => v.id === compareId && v.id !== version?.id) : undefined;
  const canCompare = !!version && readyRendition(version, 'proxy') && viewable.length > 1;
  const myLock = !!asset.lock && who(asset.lock.holder, me.data) === 'you';

  return (
    <div className="asset-page">
      <section className="asset-stage" aria-label="Preview">
        <div className="asset-top">
          <Link className="btn ghost icon" to="/" aria-label="Back to the library">
            <BackIcon />
          </Link>
          <h1 title={asset.title}>{asset.title}</h1>
          <StatusBadge status={asset.ingestStatus} reason={asset.ingestStatusReason} />
          <TierBadge tier={asset.storageTier} />
          <div style={{ flex: 1 }} />
          <label className="sr-only" htmlFor="version">
            Version
          </label>
          <select
            id="version"
            className="input version-select"
            value={version?.id ?? ''}
            onChange={(e) => setVersionId(e.target.value)}
            disabled={asset.versions.length === 0}
          >
            {[...asset.versions].reverse().map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.number}
                {v.current ? ' (current)' : ''}
              </option>
            ))}
          </select>
          {canCompare && !compareWith && (
            <button
              className="btn"
              onClick={() => setCompareId(viewable.find((v) => v.id !== version.id)?.id)}
              title="Play two versions side by side"
            >
              <CompareIcon /> Compare
            </button>
          )}
          {version && !version.current && canEdit && (
            <button className="btn" onClick={() => promote.mutate(version.id)} disabled={promote.isPending}>
              Make current
            </button>
          )}
          {canEdit && version && (
            <button className="btn" onClick={() => setStartingReview(true)}>
              <ReviewIcon /> Start review
            </button>
          )}
          {canEdit && (
            <button className="btn" onClick={() => fileRef.current?.click()} data-version-of={asset.id}>
              <UploadIcon /> New version
            </button>
          )}
          <input
            ref={fileRef}
            type="file"
            hidden
            aria-hidden="true"
            tabIndex={-1}
            data-testid="version-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) uploads.add([file], { assetId: asset.id });
              e.target.value = '';
            }}
          />
        </div>
        {asset.lock && (
          <div className="lock-banner" role="status">
            <LockIcon />
            <span>
              {myLock ? 'You have this asset checked out' : `Checked out by ${asset.lock.holder}`} until{' '}
              {formatDateTime(asset.lock.expiresAt)}.
            </span>
            <span className="spacer" />
            {myLock && (
              <button className="btn small" onClick={() => checkIn.mutate()} disabled={checkIn.isPending}>
                Check in
              </button>
            )}
          </div>
        )}
        {actionError && (
          <p className="alert" role="alert" style={{ marginBottom: 12 }}>
            {actionError}
          </p>
        )}
        {compareWith && version && (
          <div className="compare-bar" role="region" aria-label="Compare versions">
            <CompareIcon />
            <span>Version {version.number} beside</span>
            <label className="sr-only" htmlFor="compare-version">
              Compare with
            </label>
            <select
              id="compare-version"
              className="input compact"
              value={compareWith.id}
              onChange={(e) => setCompareId(e.target.value)}
            >
              {viewable
                .filter((v) => v.id !== version.id)
                .reverse()
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    Version {v.number}
                  </option>
                ))}
            </select>
            <span style={{ flex: 1 }} />
            <span className="muted hide-narrow">Both play in step</span>
            <button className="btn small" onClick={() => setCompareId(undefined)}>
              Stop comparing
            </button>
          </div>
        )}
        <Stage
          asset={asset}
          version={version}
          compareWith={compareWith}
          controller={player}
          playhead={playhead}
          seek={seek}
          label={label}
        />
        {asset.description && <p style={{ color: 'var(--text-2)', marginTop: 14 }}>{asset.description}</p>}
      </section>
      {startingReview && (
        <CreateReviewDialog assets={[{ id: asset.id, title: asset.title }]} onClose={() => setStartingReview(false)} />
      )}
      <aside className="asset-side" aria-label="Details">
        <div className="tabs" role="tablist" aria-label="Asset details">
          {tabs.map((t) => (
            <button
              key={t}
              role="tab"
              id={`tab-${t}`}
              aria-selected={openTab === t}
              aria-controls={`panel-${t}`}
              onClick={() => setTab(t)}
            >
              {TAB_NAMES[t]}
            </button>
          ))}
        </div>
        <div className="tab-panel" role="tabpanel" id={`panel-${openTab}`} aria-labelledby={`tab-${openTab}`}>
          {openTab === 'transcript' && version && (
            <TranscriptPanel
              versionId={version.id}
              title={asset.title}
              canEdit={canEdit}
              me={me.data}
              playhead={playhead}
              label={label}
              seek={seek}
            />
          )}
          {openTab === 'info' && (
            <>
              <div className="section">
                <h3>Check-out</h3>
                {asset.lock ? (
                  <p className="muted" style={{ margin: 0 }}>
                    <LockIcon size={13} /> Locked by {myLock ? 'you' : asset.lock.holder} until{' '}
                    {formatDateTime(asset.lock.expiresAt)}
                  </p>
                ) : canEdit ? (
                  <button className="btn" onClick={() => checkOut.mutate()} disabled={checkOut.isPending}>
                    <LockIcon /> Check out for editing
                  </button>
                ) : (
                  <p className="muted" style={{ margin: 0 }}>
                    Free
                  </p>
                )}
              </div>
              <div className="section">
                <h3>Archive</h3>
                <AssetArchiveSection assetId={asset.id} canEdit={canEdit} isAdmin={asset.myRole === 'admin'} />
              </div>
              <div className="section">
                <h3>Deliveries</h3>
                <AssetDeliveries
                  assetId={asset.id}
                  canEdit={canEdit}
                  target={
                    version && {
                      assetId: asset.id,
                      title: asset.title,
                      versionId: version.id,
                      versionNumber: version.number,
                    }
                  }
                />
              </div>
              <div className="section">
                <h3>Tags</h3>
                <TagEditor asset={asset} canEdit={canEdit} />
              </div>
              <div className="section">
                <h3>Technical</h3>
                <TechnicalPanel version={version} me={me.data} />
              </div>
              {asset.collections.length > 0 && (
                <div className="section">
                  <h3>In collections</h3>
                  {asset.collections.map((c) => (
                    <Link key={c.id} className="nav-item" to={`/?collection=${c.id}`}>
                      {c.name}
                    </Link>
                  ))}
                </div>
              )}
            </>
          )}
          {openTab === 'metadata' && (
            <MetadataForm key={asset.id} asset={asset} fields={query.data.metadataFields} canEdit={canEdit} />
          )}
          {openTab === 'history' && <AssetHistory assetId={asset.id} />}
        </div>
      </aside>
    </div>
  );
}
