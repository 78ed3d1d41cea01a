import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { BlobStorage, ByteRange } from './blob-storage';

const CONTENT_TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  png: 'image/png',
  json: 'application/json',
  m3u8: 'application/vnd.apple.mpegurl',
  m4s: 'video/iso.segment',
};

/** A playlist is rewritten while its stream grows: always asked for again. Everything else changes only on a retry. */
const cacheControlOf = (key: string) => (key.endsWith('.m3u8') ? 'no-cache' : 'private, max-age=300');

/** The media type of a stored file, from the extension of its key (our own keys, never a user's name). */
export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[key.split('/').pop()?.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** Parses a single `bytes=` range against a size; undefined means the whole file, null an unsatisfiable range. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | undefined | null {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start <= end && start < size ? { start, end } : null;
}

export interface SendBlobOptions {
  contentType?: string;
  /** Offered as a download under this name (Content-Disposition: attachment). */
  downloadName?: string;
  /** Default: private, cached for 5 minutes. */
  cacheControl?: string;
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Bytes to answer with: their size and a way to stream all of them or one range. */
export interface SentBytes {
  size: number;
  open(range?: ByteRange): Readable | Promise<Readable>;
}

/**
 * Streams a stored file as the answer, with HTTP range requests (206, 416) so a video element can
 * seek; 404 when it is not there. Never reads the whole file into memory.
 */
export async function sendBlob(
  req: IncomingMessage,
  res: ServerResponse,
  storage: BlobStorage,
  key: string,
  options: SendBlobOptions = {},
): Promise<void> {
  const blob = await storage.stat(key);
  if (!blob) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
    return;
  }
  await sendBytes(
    req,
    res,
    { size: blob.size, open: (range) => storage.read(key, range) },
    { ...options, contentType: options.contentType ?? contentTypeOf(key), cacheControl: cacheControlOf(key) },
  );
}

/**
 * Streams bytes from anywhere (blob storage, a storage source) as the answer, with HTTP range
 * requests (206, 416); HEAD answers the headers alone. Never reads the whole file into memory.
 */
export async function sendBytes(
  req: IncomingMessage,
  res: ServerResponse,
  bytes: SentBytes,
  options: SendBlobOptions = {},
): Promise<void> {
  const header = req.headers.range;
  const range = parseRange(Array.isArray(header) ? header[0] : header, bytes.size);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Content-Type', options.contentType ?? 'application/octet-stream');
  res.setHeader('Cache-Control', options.cacheControl ?? 'private, max-age=300');
  if (options.downloadName) res.setHeader('Content-Disposition', attachment(options.downloadName));
  if (range === null) {
    res.setHeader('Content-Range', `bytes */${bytes.size}`);
    res.writeHead(416).end();
    return;
  }
  if (range) {
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${bytes.size}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
    res.statusCode = 206;
  } else {
    res.setHeader('Content-Length', String(bytes.size));
  }
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  let stream: Readable;
  try {
    stream = await bytes.open(range);
  } catch {
    res.removeHeader('Content-Range');
    res.removeHeader('Content-Length');
    res.writeHead(502, { 'content-type': 'text/plain' }).end('The bytes could not be read from where they are kept\n');
    return;
  }
  await pipeline(stream, res).catch(() => res.destroy());
}
