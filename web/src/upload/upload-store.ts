import * as tus from 'tus-js-client';
import { csrfHeaders } from '../api/csrf';

export type UploadPhase = 'queued' | 'uploading' | 'paused' | 'processing' | 'ready' | 'failed' | 'cancelled';

export interface RenditionProgress {
  kind: string;
  status: string;
  progress: number;
  reason?: string | null;
}

export interface UploadItem {
  id: string;
  name: string;
  size: number;
  sent: number;
  /** Bytes per second, smoothed. */
  speed: number;
  phase: UploadPhase;
  resumed: boolean;
  assetId?: string;
  newVersionOf?: string;
  error?: string;
  renditions: Record<string, RenditionProgress>;
}

type Listener = () => void;

function decodeMetadata(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const [key, value] = pair.trim().split(' ');
    if (!key) continue;
    try {
      out[key] = value ? new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0))) : '';
    } catch {
      /* not base64: ignore */
    }
  }
  return out;
}

function uploadError(error: Error): string {
  const response = (error as tus.DetailedError).originalResponse;
  const status = response?.getStatus();
  const body = response?.getBody()?.trim();
  if (status === 423) return body || 'Someone else has this asset checked out. Try again when they check it in.';
  if (status === 413) return 'This file is larger than the server accepts.';
  if (status === 401 || status === 403)
    return 'Your session has ended. Sign in again, then drop the file again to resume.';
  if (status && status >= 400 && status < 500 && body && body.length < 300) return body;
  if (!status) return 'The connection was lost. Resume when you are back online.';
  return 'The server could not take the file. Try again in a moment.';
}

/** Uploads with tus: progress, speed, pause, resume (also after a reload, by fingerprint) and cancel. */
export function createUploadStore() {
  const items = new Map<string, UploadItem>();
  const uploads = new Map<string, tus.Upload>();
  const listeners = new Set<Listener>();
  const finishedListeners = new Set<(item: UploadItem) => void>();
  const ingestWatchers = new Map<string, () => void>();
  let snapshot: UploadItem[] = [];
  let counter = 0;

  const emit = () => {
    snapshot = Array.from(items.values());
    listeners.forEach((l) => l());
  };
  const update = (id: string, patch: Partial<UploadItem>) => {
    const item = items.get(id);
    if (!item) return;
    items.set(id, { ...item, ...patch });
    emit();
  };

  async function learnAsset(id: string, url: string) {
    try {
      const response = await fetch(url, {
        method: 'HEAD',
        credentials: 'same-origin',
        headers: { 'Tus-Resumable': '1.0.0' },
      });
      const meta = decodeMetadata(response.headers.get('upload-metadata'));
      if (meta.assetId) update(id, { assetId: meta.assetId });
    } catch {
      /* the asset id is learnt again on completion */
    }
  }

  function add(file: File, options: { assetId?: string; note?: string } = {}) {
    const id = `u${++counter}`;
    const item: UploadItem = {
      id,
      name: file.name,
      size: file.size,
      sent: 0,
      speed: 0,
      phase: 'queued',
      resumed: false,
      newVersionOf: options.assetId,
      renditions: {},
    };
    items.set(id, item);
    emit();
    let lastBytes = 0;
    let lastTime = performance.now();
    const upload = new tus.Upload(file, {
      endpoint: '/files',
      chunkSize: 8 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000, 10000],
      removeFingerprintOnSuccess: true,
      storeFingerprintForResuming: true,
      metadata: {
        filename: file.name,
        filetype: file.type,
        title: file.name.replace(/\.[^.]+$/, ''),
        ...(options.assetId ? { assetId: options.assetId } : {}),
        ...(options.note ? { note: options.note } : {}),
      },
      onBeforeRequest: (req) => {
        for (const [k, v] of Object.entries(csrfHeaders())) req.setHeader(k, v);
      },
      onUploadUrlAvailable: () => {
        if (upload.url) void learnAsset(id, upload.url);
      },
      onProgress: (sent, total) => {
        const now = performance.now();
        const dt = (now - lastTime) / 1000;
        const current = items.get(id);
        if (!current) return;
        let speed = current.speed;
        if (dt > 0.25) {
          const instant = (sent - lastBytes) / dt;
          speed = speed ? speed * 0.6 + instant * 0.4 : instant;
          lastBytes = sent;
          lastTime = now;
        }
        update(id, { sent, size: total, speed, phase: 'uploading' });
      },
      onError: (error) => update(id, { phase: 'failed', error: uploadError(error) }),
      // tus ignores what onSuccess returns; the asset is learnt before the upload counts as finished.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onSuccess: async () => {
        const current = items.get(id);
        if (!current?.assetId && upload.url) await learnAsset(id, upload.url);
        update(id, { phase: 'processing', sent: file.size });
        const done = items.get(id)!;
        finishedListeners.forEach((l) => l(done));
      },
    });
    uploads.set(id, upload);
    // The same file dropped again after a reload continues where it stopped.
    void upload.findPreviousUploads().then((previous) => {
      if (previous.length > 0) {
        upload.resumeFromPreviousUpload(previous[0]);
        update(id, { resumed: true });
      }
      update(id, { phase: 'uploading' });
      lastTime = performance.now();
      upload.start();
    });
    return id;
  }

  return {
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    /** Called when an upload's bytes are all in, and again when ingest made it ready or failed. */
    onFinished(listener: (item: UploadItem) => void) {
      finishedListeners.add(listener);
      return () => finishedListeners.delete(listener);
    },
    add,
    pause(id: string) {
      void uploads.get(id)?.abort(false);
      update(id, { phase: 'paused', speed: 0 });
    },
    resume(id: string) {
      update(id, { phase: 'uploading', error: undefined });
      uploads.get(id)?.start();
    },
    cancel(id: string) {
      void uploads.get(id)?.abort(true);
      ingestWatchers.get(id)?.();
      update(id, { phase: 'cancelled', speed: 0 });
    },
    dismiss(id: string) {
      ingestWatchers.get(id)?.();
      items.delete(id);
      uploads.delete(id);
      emit();
    },
    clearFinished() {
      for (const [id, item] of items)
        if (item.phase === 'ready' || item.phase === 'cancelled') {
          ingestWatchers.get(id)?.();
          items.delete(id);
        }
      emit();
    },
    setIngest(id: string, patch: Partial<UploadItem>) {
      const before = items.get(id)?.phase;
      update(id, patch);
      const after = items.get(id);
      // Listeners hear of an upload twice: when its bytes are in, and when ingest has settled.
      if (after && before !== after.phase && (after.phase === 'ready' || after.phase === 'failed'))
        finishedListeners.forEach((l) => l(after));
    },
    watchIngest(id: string, stop: () => void) {
      ingestWatchers.set(id, stop);
    },
    /** Uploads this browser started and did not finish (their fingerprints are kept). */
    unfinishedNames(): string[] {
      const names: string[] = [];
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (!key?.startsWith('tus::')) continue;
        try {
          const entry = JSON.parse(localStorage.getItem(key) ?? '{}');
          if (entry.metadata?.filename) names.push(entry.metadata.filename);
        } catch {
          /* not ours */
        }
      }
      return names;
    },
    /** Forgets unfinished uploads of earlier pages (of files not being uploaded now): dropping them again starts over. */
    forgetUnfinished(): void {
      const busy = new Set(Array.from(items.values()).map((i) => i.name));
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const key = localStorage.key(i);
        if (!key?.startsWith('tus::')) continue;
        try {
          const entry = JSON.parse(localStorage.getItem(key) ?? '{}');
          if (entry.metadata?.filename && !busy.has(entry.metadata.filename)) localStorage.removeItem(key);
        } catch {
          /* not ours */
        }
      }
      emit();
    },
  };
}

export type UploadStore = ReturnType<typeof createUploadStore>;
