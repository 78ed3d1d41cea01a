import type { DriveEntry, DriveFile, DriveFolder, DriveProperty } from './drive-client';
import { liveLock, lockToken } from './dav-locks';

/** One drive entry as WebDAV describes it. */
export interface DavResource {
  path: string[];
  folder: boolean;
  name: string;
  size?: number;
  contentType?: string;
  etag?: string;
  created: Date;
  modified: Date;
  lock?: { token: string; holder: string; expiresAt: string };
  file?: DriveFile;
  /** What clients set on it (dead properties). */
  dead: DriveProperty[];
}

const PROXY_KINDS = ['proxy', 'audio_proxy'];

/** Bytes of the file: the master's as stored, or the ready proxy's. */
export function sizeOf(file: DriveFile): number {
  if (file.kind === 'MASTER') return file.version.size;
  const ready = PROXY_KINDS.map((kind) =>
    file.version.renditions.find((r) => r.kind === kind && r.status === 'READY'),
  ).find(Boolean);
  return ready?.size ?? 0;
}

export function fileResource(path: string[], file: DriveFile): DavResource {
  const size = sizeOf(file);
  const lock = file.kind === 'MASTER' ? liveLock(file.asset.lock) : null;
  const at = new Date(file.version.createdAt);
  return {
    path,
    folder: false,
    name: file.name,
    size,
    contentType:
      file.kind === 'MASTER'
        ? (file.version.mimeType ?? 'application/octet-stream')
        : file.renditionKey?.endsWith('.m4a')
          ? 'audio/mp4'
          : 'video/mp4',
    // Changes with every new version (and a proxy with its size): clients refetch exactly then.
    etag:
      file.kind === 'MASTER'
        ? `"${file.version.sha256.slice(0, 40) || file.version.id}"`
        : `"${file.version.id}-p${size}"`,
    created: at,
    modified: at,
    ...(lock
      ? { lock: { token: lockToken(file.asset.id, lock), holder: lock.holder, expiresAt: lock.expiresAt } }
      : {}),
    file,
    dead: file.properties,
  };
}

export function folderResource(path: string[], folder: DriveFolder): DavResource {
  const collection = folder.collection;
  return {
    path,
    folder: true,
    name: folder.name,
    created: new Date(collection?.createdAt ?? 0),
    modified: new Date(collection?.updatedAt ?? 0),
    dead: folder.properties,
  };
}

export function entryResource(path: string[], entry: DriveEntry): DavResource {
  return entry.file ? fileResource(path, entry.file) : folderResource(path, entry.folder!);
}

/** The folder's children as resources, under its path. */
export function childResources(path: string[], folder: DriveFolder): DavResource[] {
  return [
    ...folder.folders.map((f) => ({
      path: [...path, f.name],
      folder: true,
      name: f.name,
      created: new Date(f.collection.createdAt),
      modified: new Date(f.collection.updatedAt),
      dead: [],
    })),
    ...folder.files.map((file) => fileResource([...path, file.name], file)),
  ];
}
