import type express from 'express';
import { assetRole, isAssetVisible } from '@mam/asset-access';
import type { DataSource } from '@mam/db';
import { BINDING_HEADER, createRequestIdentityVerifier, IDENTITY_HEADER, isUuid, type Identity } from '@mam/graphql';
import { MediaError } from '@mam/media';
import { sendBlob, sendBytes, type BlobStorage } from '@mam/storage';
import type { IngestConfig } from '../config';
import { openInPlaceMaster } from '../domain/sources/open-in-place-master';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { uploadsRepository, type UploadRow } from '../repositories/uploads.repository';

export const DRIVE_MEDIA_PATH = '/drive/versions/';

/** Proxies the drive serves, in order of preference: the video proxy, else the sound-only one. */
const PROXY_KINDS = ['proxy', 'audio_proxy'];
/** Roles that may read a master: those who may change the asset (as the drive lists them). */
const MASTER_READERS = new Set(['editor', 'admin']);

/**
 * The one byte source of versions' masters and proxies (GET and HEAD, HTTP ranges):
 * `/drive/versions/<version id>/master` or `/proxy`, for a signed identity bound to the request.
 * The gateway's drive asks as the person, checked against the asset's access list as the GraphQL
 * fields are (a proxy for whoever may see the asset, a master for editors and admins); the
 * platform's own services (distribution, archive) ask as themselves, a system identity of the
 * version's workspace. A master is served wherever it lives: from blob storage, or streamed from
 * its storage source when it was ingested in place. Masters have no URL anywhere else.
 */
export function registerDriveRoute(
  app: express.Express,
  options: {
    dataSource: DataSource;
    storage: BlobStorage;
    gatewaySecret: string;
    config: Pick<IngestConfig, 'SOURCE_SECRET_KEY' | 'LOCAL_SOURCE_ROOT'>;
  },
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
      if (identity.kind !== 'system') {
        const role = await assetRole(options.dataSource, context, upload.asset_id);
        if (!role) return refuse(res, 404, 'Not found');
        if (!MASTER_READERS.has(role))
          return refuse(res, 403, 'Masters can be read by editors and admins of the asset');
      }
      type = upload.mime_type ?? type;
      if (upload.in_place) return sendInPlaceMaster(req, res, upload, type, options);
      key = upload.master_key;
    } else {
      if (!(await isAssetVisible(options.dataSource, context, upload.asset_id))) return refuse(res, 404, 'Not found');
      const jobs = await renditionJobsRepository.forVersion(options.dataSource, versionId);
      const ready = PROXY_KINDS.map((kind) => jobs.find((j) => j.kind === kind && j.status === 'ready')).find(Boolean);
      key = ready?.output?.key;
      type = key?.endsWith('.m4a') ? 'audio/mp4' : 'video/mp4';
    }
    if (!key) return refuse(res, 404, 'Not stored yet');
    await sendBlob(req, res, options.storage, key, { contentType: type });
  });
}

/**
 * Streams an in-place master from its storage source: 409 with the reason when it changed or left
 * the source since it was recorded, 502 when the source cannot be reached.
 */
async function sendInPlaceMaster(
  req: express.Request,
  res: express.Response,
  upload: UploadRow,
  type: string,
  options: { dataSource: DataSource; config: Pick<IngestConfig, 'SOURCE_SECRET_KEY' | 'LOCAL_SOURCE_ROOT'> },
): Promise<void> {
  let master: Awaited<ReturnType<typeof openInPlaceMaster>> | undefined;
  try {
    master = await openInPlaceMaster(upload, options);
    const file = await master.verifyUnchanged();
    const { reader, path } = master;
    await sendBytes(req, res, { size: file.size, open: (range) => reader.read(path, range) }, { contentType: type });
  } catch (error) {
    if (res.headersSent) res.destroy();
    else if (error instanceof MediaError) res.status(409).type('text/plain').send(`${error.message}\n`);
    else res.status(502).type('text/plain').send('The storage source of this master cannot be read right now\n');
  } finally {
    await master?.close();
  }
}
