import type express from 'express';
import { Metadata, Server, Upload, type Locker, type ServerOptions } from '@tus/server';
import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import {
  BINDING_HEADER,
  createRequestIdentityVerifier,
  IDENTITY_HEADER,
  notFound,
  streamedBody,
  unauthenticated,
  type Identity,
} from '@mam/graphql';
import type { Logger } from '@mam/logger';
import { beginUpload } from '../domain/begin-upload';
import { asTusRefusal } from './tus-refusal';
import { endUpload } from '../domain/end-upload';
import { receiveUpload } from '../domain/receive-upload';
import { uploadsRepository, type UploadRow } from '../repositories/uploads.repository';
import { ChecksumFileStore, type UploadRecords } from './checksum-file-store';
import { clientKeyOf } from './client-key';

export const UPLOAD_PATH = '/files';

export interface TusRoutesOptions {
  dataSource: DataSource;
  uploadDir: string;
  maxUploadBytes: number;
  expiryHours: number;
  gatewaySecret: string;
  /** The gateway's public URL (PUBLIC_BASE_URL): upload locations start with it; empty: with what the gateway forwards. */
  publicBaseUrl?: string;
  logger: Logger;
  /** Locks shared by every instance (see postgres-locker.ts). */
  locker: Locker;
}

type TusRequest = Parameters<NonNullable<ServerOptions['onIncomingRequest']>>[0];

/** What HEAD tells of a finished upload: what the client sent, and the asset and version it became. */
function finishedMetadata(row: UploadRow): Record<string, string> {
  const metadata: Record<string, string> = { filename: row.filename, assetId: row.asset_id, versionId: row.version_id };
  if (row.title) metadata.title = row.title;
  if (row.note) metadata.note = row.note;
  if (row.collection_id) metadata.collectionId = row.collection_id;
  if (row.client_key) metadata.fingerprint = row.client_key;
  return metadata;
}

/**
 * Resumable uploads (tus 1.0.0: creation, creation-with-upload, termination, checksum sha256,
 * expiration) at /files. Partial uploads live on disk, so an upload resumes from its offset even
 * after this service restarts. Every request carries the gateway's signed identity; an upload is
 * visible only to the identity that started it.
 *
 * A finished upload stays answerable until it expires: HEAD gives its full offset and, in
 * Upload-Metadata, its assetId and versionId, so a client that lost the last answer does not
 * upload again. A creation carrying a key the same uploader already used (Idempotency-Key, or
 * metadata `fingerprint`) is answered with that upload's Location and offset instead of a new one.
 * A terminated or expired upload puts its asset's ingest status back to what is in flight.
 */
export function createTusRoutes(options: TusRoutesOptions) {
  const { dataSource, logger } = options;
  const expiryMs = options.expiryHours * 3_600_000;
  const records: UploadRecords = {
    async finished(id) {
      const row = await uploadsRepository.find(dataSource, id);
      if (!row || !['received', 'stored', 'failed'].includes(row.status) || row.size === null) return undefined;
      const size = Number(row.size);
      return new Upload({
        id,
        size,
        offset: size,
        creation_date: row.created_at.toISOString(),
        metadata: finishedMetadata(row),
      });
    },
    async removed(id) {
      const row = await uploadsRepository.find(dataSource, id);
      if (row)
        await endUpload(dataSource, id, Date.now() - row.created_at.getTime() >= expiryMs ? 'expired' : 'terminated');
    },
  };
  const store = new ChecksumFileStore(
    { directory: options.uploadDir, expirationPeriodInMilliseconds: expiryMs },
    records,
  );

  const verifyIdentity = createRequestIdentityVerifier(options.gatewaySecret);
  const publicBase = options.publicBaseUrl?.replace(/\/$/, '') ?? '';

  /** The gateway's signed identity, bound to this very request (method, path, the tus facts of its body). */
  async function identityOf(req: TusRequest): Promise<Identity> {
    const url = new URL(req.url);
    const facts = { method: req.method, path: `${url.pathname}${url.search}`, body: streamedBody(req.headers) };
    const identity = await verifyIdentity(
      req.headers.get(IDENTITY_HEADER) ?? undefined,
      req.headers.get(BINDING_HEADER) ?? undefined,
      facts,
    );
    if (!identity) throw asTusRefusal(unauthenticated('Uploads must come through the gateway with valid credentials'));
    return identity;
  }

  const tus = new Server({
    path: UPLOAD_PATH,
    datastore: store,
    locker: options.locker,
    maxSize: options.maxUploadBytes,
    // Forwarding headers reach ingest only as the gateway sets them (from its configuration).
    respectForwardedHeaders: true,
    generateUrl: (_req, { proto, host, path, id }) => `${publicBase || `${proto}://${host}`}${path}/${id}`,
    // A finished upload is a version now: removing it is not the client's to do through tus.
    disableTerminationForFinishedUploads: true,
    namingFunction: () => uuidv7(),
    async onIncomingRequest(req, uploadId) {
      const identity = await identityOf(req);
      if (req.method === 'POST') return;
      const upload = await uploadsRepository.find(dataSource, uploadId);
      if (!upload || upload.uploaded_by !== identity.subject || upload.workspace_id !== identity.workspaceId)
        throw asTusRefusal(notFound('Upload not found'));
      if (req.method === 'PATCH') store.expectChecksum(uploadId, req.headers.get('upload-checksum'));
    },
    async onUploadCreate(req, upload) {
      const identity = await identityOf(req);
      const metadata = upload.metadata ?? {};
      try {
        const accepted = await beginUpload(dataSource, identity, 'tus', upload.id, {
          filename: metadata.filename ?? metadata.name ?? '',
          assetId: metadata.assetId,
          title: metadata.title,
          note: metadata.note,
          collectionId: metadata.collectionId,
          clientKey: clientKeyOf(req.headers.get('idempotency-key'), metadata.fingerprint),
        });
        if (req.headers.get('upload-checksum')) store.expectChecksum(upload.id, req.headers.get('upload-checksum'));
        return {
          metadata: {
            ...metadata,
            filename: accepted.filename,
            assetId: accepted.assetId,
            versionId: accepted.versionId,
          },
        };
      } catch (error) {
        throw asTusRefusal(error);
      }
    },
    async onUploadFinish(_req, upload) {
      await receiveUpload(dataSource, upload.id, upload.offset);
      return {};
    },
    onResponseError(_req, error) {
      if (!('status_code' in error)) logger.error({ err: error }, 'upload request failed');
      return undefined;
    },
  });

  /** A creation repeating a key its uploader already used: answered with that upload, as tus answers a creation. */
  async function answerRepeatedCreation(req: express.Request, res: express.Response): Promise<boolean> {
    let metadata: Record<string, string | null>;
    try {
      metadata = Metadata.parse(req.header('upload-metadata') ?? undefined);
    } catch {
      return false; // tus itself refuses bad metadata
    }
    const clientKey = clientKeyOf(req.header('idempotency-key') ?? null, metadata.fingerprint ?? undefined);
    if (!clientKey) return false;
    const facts = {
      method: req.method,
      path: req.originalUrl,
      body: streamedBody({ get: (name) => req.header(name) }),
    };
    const identity = await verifyIdentity(
      req.header(IDENTITY_HEADER) ?? undefined,
      req.header(BINDING_HEADER) ?? undefined,
      facts,
    );
    if (!identity) return false; // tus refuses it with 401
    const existing = await uploadsRepository.findByClientKey(
      dataSource,
      { workspaceId: identity.workspaceId, subject: identity.subject },
      clientKey,
    );
    if (!existing) return false;
    const upload = await store.getUpload(existing.id).catch(() => undefined);
    if (!upload) {
      // Recorded but never given a file (its creation failed half-way): after a minute the key is free again.
      if (existing.status === 'uploading' && Date.now() - existing.created_at.getTime() > 60_000)
        await endUpload(dataSource, existing.id, 'terminated');
      return false;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    req.resume();
    res
      .status(201)
      .set({
        'Tus-Resumable': '1.0.0',
        Location: tus.handlers.POST.generateUrl({ headers } as Request, existing.id),
        'Upload-Offset': String(upload.offset),
        'Upload-Expires': new Date(existing.created_at.getTime() + expiryMs).toUTCString(),
        'Access-Control-Expose-Headers': 'Location, Upload-Offset, Upload-Expires, Tus-Resumable',
      })
      .end();
    return true;
  }

  return {
    register(app: express.Express): void {
      app.all([UPLOAD_PATH, `${UPLOAD_PATH}/*path`], (req, res) => {
        if (req.method === 'OPTIONS') res.setHeader('Tus-Checksum-Algorithm', 'sha256');
        if (req.method !== 'POST') return void tus.handle(req, res);
        answerRepeatedCreation(req, res).then(
          (answered) => (answered ? undefined : tus.handle(req, res)),
          (error) => {
            logger.error({ err: error }, 'upload creation failed');
            if (!res.headersSent)
              res.status(500).set('Tus-Resumable', '1.0.0').type('text/plain').send('Upload creation failed\n');
          },
        );
      });
    },
    /** Removes partial uploads past their expiry and marks their rows; their assets go back to what is in flight. */
    async cleanUpExpired(): Promise<number> {
      for (const id of await uploadsRepository.expiredIds(dataSource, options.expiryHours * 3600))
        await endUpload(dataSource, id, 'expired');
      return tus.cleanUpExpiredUploads();
    },
  };
}
