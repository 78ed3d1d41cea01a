import type express from 'express';
import { Server, type Locker, type ServerOptions } from '@tus/server';
import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { BINDING_HEADER, createRequestIdentityVerifier, IDENTITY_HEADER, streamedBody, type Identity } from '@mam/graphql';
import type { Logger } from '@mam/logger';
import { beginUpload, UploadRefused } from '../domain/begin-upload';
import { receiveUpload } from '../domain/receive-upload';
import { uploadsRepository } from '../repositories/uploads.repository';
import { ChecksumFileStore } from './checksum-file-store';

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
const refuse = (status_code: number, message: string) => ({ status_code, body: `${message}\n` });

/**
 * Resumable uploads (tus 1.0.0: creation, creation-with-upload, termination, checksum sha256,
 * expiration) at /files. Partial uploads live on disk, so an upload resumes from its offset even
 * after this service restarts. Every request carries the gateway's signed identity; an upload is
 * visible only to the identity that started it.
 */
export function createTusRoutes(options: TusRoutesOptions) {
  const { dataSource, logger } = options;
  const store = new ChecksumFileStore({ directory: options.uploadDir, expirationPeriodInMilliseconds: options.expiryHours * 3_600_000 });

  const verifyIdentity = createRequestIdentityVerifier(options.gatewaySecret);
  const publicBase = options.publicBaseUrl?.replace(/\/$/, '') ?? '';

  /** The gateway's signed identity, bound to this very request (method, path, the tus facts of its body). */
  async function identityOf(req: TusRequest): Promise<Identity> {
    const url = new URL(req.url);
    const facts = { method: req.method, path: `${url.pathname}${url.search}`, body: streamedBody(req.headers) };
    const identity = await verifyIdentity(req.headers.get(IDENTITY_HEADER) ?? undefined, req.headers.get(BINDING_HEADER) ?? undefined, facts);
    if (!identity) throw refuse(401, 'Uploads must come through the gateway with valid credentials');
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
    namingFunction: () => uuidv7(),
    async onIncomingRequest(req, uploadId) {
      const identity = await identityOf(req);
      if (req.method === 'POST') return;
      const upload = await uploadsRepository.find(dataSource, uploadId);
      if (!upload || upload.uploaded_by !== identity.subject || upload.workspace_id !== identity.workspaceId) throw refuse(404, 'Upload not found');
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
        });
        if (req.headers.get('upload-checksum')) store.expectChecksum(upload.id, req.headers.get('upload-checksum'));
        return { metadata: { ...metadata, filename: accepted.filename, assetId: accepted.assetId, versionId: accepted.versionId } };
      } catch (error) {
        if (error instanceof UploadRefused) throw refuse(error.status, error.message);
        throw error;
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

  return {
    register(app: express.Express): void {
      app.all([UPLOAD_PATH, `${UPLOAD_PATH}/*path`], (req, res) => {
        if (req.method === 'OPTIONS') res.setHeader('Tus-Checksum-Algorithm', 'sha256');
        void tus.handle(req, res);
      });
    },
    /** Removes partial uploads past their expiry and marks their rows. */
    async cleanUpExpired(): Promise<number> {
      const removed = await tus.cleanUpExpiredUploads();
      await dataSource.query(`UPDATE uploads SET status = 'expired', updated_at = now() WHERE status = 'uploading' AND created_at < now() - make_interval(secs => $1)`, [options.expiryHours * 3600]);
      return removed;
    },
  };
}
