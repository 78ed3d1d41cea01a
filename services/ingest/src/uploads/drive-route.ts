import type express from 'express';
import { pipeline } from 'node:stream/promises';
import { assetRole, isAssetVisible } from '@mam/asset-access';
import type { DataSource } from '@mam/db';
import { BINDING_HEADER, createRequestIdentityVerifier, IDENTITY_HEADER, isUuid, type Identity } from '@mam/graphql';
import { parseRange, type BlobStorage } from '@mam/storage';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { uploadsRepository } from '../repositories/uploads.repository';

export const DRIVE_MEDIA_PATH = '/drive/versions/';

/** Proxies the drive serves, in order of preference: the video proxy, else the sound-only one. */
const PROXY_KINDS = ['proxy', 'audio_proxy'];
/** Roles that may read a master: those who may change the asset (as the drive lists them). */
const MASTER_READERS = new Set(['editor', 'admin']);

/**
 * The drive's byte source (GET and HEAD, HTTP ranges): `/drive/versions/<version id>/master` or
 * `/proxy`, for the gateway's signed identity bound to the request, checked against the asset's
 * access list as the GraphQL fields are (a proxy for whoever may see the asset, a master for
 * editors and admins). Masters have no URL anywhere else.
 */
export function registerDriveRoute(
  app: express.Express,
  options: { dataSource: DataSource; storage: BlobStorage; gatewaySecret: string },
): void {
  const verifyIdentity = createRequestIdentityVerifier(options.gatewaySecret);
  const refuse = (res: express.Response, status: number, message: string) =>
    void res.status(status).type('text/plain').send(`${message}\n`);
  app.get(`${DRIVE_MEDIA_PATH}:versionId/:file`, async (req, res) => {
    const identity: Identity | undefined = await verifyIdentity(
      req.header(IDENTITY_HEADER),
      req.header(BINDING_HEADER),
      { method: req.method, path: req.originalUrl },
    );
    if (!identity) return refuse(res, 401, 'Drive reads must come through the gateway with valid credentials');
    const { versionId, file } = req.params;
    if (!isUuid(versionId) || (file !== 'master' && file !== 'proxy')) return refuse(res, 404, 'Not found');
    const context = { identity };
    const upload = await uploadsRepository.findByVersion(options.dataSource, versionId);
    if (!upload || upload.workspace_id !== identity.workspaceId) return refuse(res, 404, 'Not found');
    let key: string | null | undefined;
    let type = 'application/octet-stream';
    if (file === 'master') {
      const role = await assetRole(options.dataSource, context, upload.asset_id);
      if (!role) return refuse(res, 404, 'Not found');
      if (!MASTER_READERS.has(role)) return refuse(res, 403, 'Masters can be read by editors and admins of the asset');
      key = upload.master_key;
      type = upload.mime_type ?? type;
    } else {
      if (!(await isAssetVisible(options.dataSource, context, upload.asset_id))) return refuse(res, 404, 'Not found');
      const jobs = await renditionJobsRepository.forVersion(options.dataSource, versionId);
      const ready = PROXY_KINDS.map((kind) => jobs.find((j) => j.kind === kind && j.status === 'ready')).find(Boolean);
      key = ready?.output?.key;
      type = key?.endsWith('.m4a') ? 'audio/mp4' : 'video/mp4';
    }
    const blob = key ? await options.storage.stat(key) : null;
    if (!key || !blob) return refuse(res, 404, 'Not stored yet');
    const range = parseRange(req.header('range'), blob.size);
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', type);
    if (range === null) return void res.status(416).setHeader('Content-Range', `bytes */${blob.size}`).end();
    if (range) {
      res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${blob.size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else res.setHeader('Content-Length', String(blob.size));
    if (req.method === 'HEAD') return void res.end();
    await pipeline(options.storage.read(key, range), res).catch(() => res.destroy());
  });
}
