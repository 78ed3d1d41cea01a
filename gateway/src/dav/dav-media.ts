import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { BINDING_HEADER, bindRequest, IDENTITY_HEADER, streamedBody, type Identity } from '@mam/graphql';

export interface DavMediaOptions {
  /** Base URL of the ingest service, e.g. http://127.0.0.1:4002/ */
  ingestBaseUrl: string;
  sign: (identity: Identity) => Promise<string>;
  gatewaySecret: string;
}

async function signedHeaders(
  options: DavMediaOptions,
  identity: Identity,
  method: string,
  path: string,
  body?: string,
): Promise<Record<string, string>> {
  const token = await options.sign(identity);
  return {
    [IDENTITY_HEADER]: token,
    [BINDING_HEADER]: bindRequest(token, options.gatewaySecret, { method, path, ...(body ? { body } : {}) }),
  };
}

function send(target: URL, method: string, headers: Record<string, string>, body?: Readable): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(target, { method, headers }, resolve);
    upstream.on('error', reject);
    if (body) {
      body.on('error', (error) => upstream.destroy(error));
      body.pipe(upstream);
    } else upstream.end();
  });
}

const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

export interface UploadRequest {
  filename: string;
  title: string;
  length: number;
  collectionId?: string;
  assetId?: string;
}

export interface UploadOutcome {
  status: number;
  message: string;
  versionId?: string;
}

/**
 * Reads and writes the drive's bytes at ingest as the caller: masters and proxies from ingest's
 * drive route (range requests passed on, the answer streamed back), and new files through the
 * same tus pipeline as the web app's uploads (one creation-with-upload request, streamed).
 */
export function createDavMedia(options: DavMediaOptions) {
  return {
    async read(
      identity: Identity,
      versionId: string,
      file: 'master' | 'proxy',
      method: 'GET' | 'HEAD',
      range?: string,
    ): Promise<IncomingMessage> {
      const target = new URL(`/drive/versions/${versionId}/${file}`, options.ingestBaseUrl);
      const headers = await signedHeaders(options, identity, method, target.pathname);
      return send(target, method, { ...headers, ...(range ? { range } : {}) });
    },

    async upload(identity: Identity, request: UploadRequest, body: Readable): Promise<UploadOutcome> {
      const target = new URL('/files', options.ingestBaseUrl);
      const metadata = [
        `filename ${b64(request.filename)}`,
        `title ${b64(request.title)}`,
        ...(request.collectionId ? [`collectionId ${b64(request.collectionId)}`] : []),
        ...(request.assetId ? [`assetId ${b64(request.assetId)}`] : []),
      ].join(',');
      const tusHeaders: Record<string, string> = {
        'tus-resumable': '1.0.0',
        'upload-length': String(request.length),
        'upload-metadata': metadata,
        'content-type': 'application/offset+octet-stream',
        'content-length': String(request.length),
      };
      const signed = await signedHeaders(
        options,
        identity,
        'POST',
        target.pathname,
        streamedBody({ get: (name) => tusHeaders[name] }),
      );
      const answer = await send(target, 'POST', { ...tusHeaders, ...signed }, body);
      const text = await readText(answer);
      if (answer.statusCode !== 201) return { status: answer.statusCode ?? 502, message: text.trim() };
      const offset = Number(answer.headers['upload-offset']);
      if (offset !== request.length) return { status: 400, message: 'The file ended before its Content-Length' };
      const location = new URL(String(answer.headers.location));
      const head = new URL(location.pathname, options.ingestBaseUrl);
      const headHeaders = { 'tus-resumable': '1.0.0' };
      const headSigned = await signedHeaders(
        options,
        identity,
        'HEAD',
        head.pathname,
        streamedBody({ get: (name) => (headHeaders as Record<string, string>)[name] }),
      );
      const finished = await send(head, 'HEAD', { ...headHeaders, ...headSigned });
      finished.resume();
      const versionId = metadataValue(String(finished.headers['upload-metadata'] ?? ''), 'versionId');
      return { status: 201, message: 'Created', versionId };
    },
  };
}

export type DavMedia = ReturnType<typeof createDavMedia>;

async function readText(stream: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of stream) if (text.length < 4096) text += String(chunk);
  return text;
}

function metadataValue(header: string, key: string): string | undefined {
  for (const pair of header.split(',')) {
    const [name, value] = pair.trim().split(' ');
    if (name === key && value) return Buffer.from(value, 'base64').toString('utf8');
  }
  return undefined;
}
