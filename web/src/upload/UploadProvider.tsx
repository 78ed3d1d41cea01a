import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { gql } from '../api/client';
import { subscribe } from '../api/ws';
import { UploadIcon } from '../ui/icons';
import { filesFromDrop } from './files-from-drop';
import { AssetIngestQuery, IngestProgressSubscription } from './operations';
import { UploadTray } from './UploadTray';
import { createUploadStore, type UploadItem, type UploadStore } from './upload-store';

interface UploadsApi {
  store: UploadStore;
  pickFiles: () => void;
  add: (files: File[], options?: { assetId?: string }) => void;
  onFinished: (listener: (item: UploadItem) => void) => () => void;
}

const UploadsContext = createContext<UploadsApi | null>(null);

export function useUploads(): UploadsApi {
  const api = useContext(UploadsContext);
  if (!api) throw new Error('useUploads outside UploadProvider');
  return api;
}

export function useUploadItems(store: UploadStore) {
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getSnapshot(),
  );
}

/** Follows one uploaded asset through ingest: live rendition progress, then ready or the failure reason. */
function watchIngest(store: UploadStore, item: UploadItem) {
  const assetId = item.assetId!;
  let stopped = false;
  const apply = (asset: {
    ingestStatus?: string | null;
    ingestStatusReason?: string | null;
    ingestJobs: Array<{ kind: string; status: string; progress: number; reason?: string | null; versionId: string }>;
  }) => {
    const current = store.getSnapshot().find((i) => i.id === item.id);
    if (!current) return;
    const renditions = { ...current.renditions };
    const jobs = asset.ingestJobs;
    const latest = jobs.length ? jobs[jobs.length - 1].versionId : undefined;
    for (const j of jobs)
      if (j.versionId === latest)
        renditions[j.kind] = { kind: j.kind, status: j.status, progress: j.progress, reason: j.reason };
    const phase = asset.ingestStatus === 'READY' ? 'ready' : asset.ingestStatus === 'FAILED' ? 'failed' : 'processing';
    store.setIngest(item.id, {
      renditions,
      phase,
      error: phase === 'failed' ? (asset.ingestStatusReason ?? 'The file could not be processed.') : undefined,
    });
    if (phase !== 'processing') stop();
  };
  const poll = async () => {
    if (stopped) return;
    try {
      const { asset } = await gql(AssetIngestQuery, { id: assetId });
      if (asset) apply(asset);
    } catch {
      /* try again on the next tick */
    }
  };
  const unsubscribe = subscribe(IngestProgressSubscription, { assetId }, ({ ingestProgress: p }) => {
    const current = store.getSnapshot().find((i) => i.id === item.id);
    if (!current) return;
    store.setIngest(item.id, {
      renditions: {
        ...current.renditions,
        [p.kind]: { kind: p.kind, status: p.status, progress: p.progress, reason: p.reason },
      },
    });
    if (p.status === 'READY' || p.status === 'FAILED') void poll();
  });
  // The subscription gives live progress; a slow poll settles the asset's overall state.
  const timer = setInterval(poll, 2000);
  void poll();
  function stop() {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
  }
  return stop;
}

export function UploadProvider({ children }: { children: ReactNode }) {
  const store = useMemo(() => createUploadStore(), []);
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const watched = useRef(new Set<string>());
  const items = useUploadItems(store);

  useEffect(() => {
    for (const item of items) {
      if (item.phase === 'processing' && item.assetId && !watched.current.has(item.id)) {
        watched.current.add(item.id);
        store.watchIngest(item.id, watchIngest(store, item));
      }
    }
  }, [items, store]);

  const api = useMemo<UploadsApi>(
    () => ({
      store,
      pickFiles: () => inputRef.current?.click(),
      add: (files, options) => files.forEach((f) => store.add(f, options)),
      onFinished: (listener) => store.onFinished(listener),
    }),
    [store],
  );

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = async (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      // A drop on an element that takes a new version (data-version-of) adds versions instead of assets.
      const target = (e.target as HTMLElement | null)?.closest<HTMLElement>('[data-version-of]');
      const files = await filesFromDrop(e.dataTransfer);
      files.forEach((f) => store.add(f, target ? { assetId: target.dataset.versionOf } : {}));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    const onDropEvent = (e: DragEvent) => void onDrop(e);
    window.addEventListener('drop', onDropEvent);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDropEvent);
    };
  }, [store]);

  return (
    <UploadsContext.Provider value={api}>
      {children}
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="upload-input"
        onChange={(e) => {
          Array.from(e.target.files ?? []).forEach((f) => store.add(f));
          e.target.value = '';
        }}
      />
      {dragging && (
        <div className="dropzone" aria-hidden="true">
          <div className="dropzone-inner">
            <UploadIcon size={40} />
            <h2>Drop to upload</h2>
            <p className="muted">Files and whole folders. Uploads continue in the background.</p>
          </div>
        </div>
      )}
      <UploadTray store={store} />
    </UploadsContext.Provider>
  );
}
