import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { assetLock, assetRole } from '@mam/asset-access';
import { atLeast, badUserInput, forbidden, isUuid, lockedByAnother, subjectPrincipal, type Identity } from '@mam/graphql';
import { ingestAssetsRepository } from '../repositories/ingest-assets.repository';
import { uploadsRepository, type UploadSource } from '../repositories/uploads.repository';
import { cleanFilename } from './clean-filename';

export interface UploadRequest {
  filename: string;
  /** A new version of this asset; a new asset when absent. */
  assetId?: string | null;
  title?: string | null;
  note?: string | null;
  collectionId?: string | null;
  /** The uploader's own key for this upload (see uploads/client-key.ts); one live upload per key. */
  clientKey?: string;
}

export class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 423,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Accepts the start of an upload from any source: checks the caller may write, decides the asset
 * (new, or an existing one the caller's workspace owns) and the new version's id, and records it.
 */
export async function beginUpload(dataSource: DataSource, identity: Identity, source: UploadSource, uploadId: string, request: UploadRequest): Promise<{ assetId: string; versionId: string; filename: string }> {
  if (!identity.roles.some((role) => role === 'admin' || role === 'editor')) throw new UploadRefused(403, 'Uploading needs the editor or admin role');
  if (!request.filename?.trim()) throw new UploadRefused(400, 'Upload metadata must name the file (filename)');
  const filename = cleanFilename(request.filename);
  if (request.clientKey && request.clientKey.length > 256) throw new UploadRefused(400, 'Idempotency-Key (or metadata fingerprint) is longer than 256 characters');
  const assetId = request.assetId?.trim() || undefined;
  if (assetId !== undefined) {
    const role = isUuid(assetId) ? await assetRole(dataSource, { identity }, assetId) : null;
    if (!role) throw new UploadRefused(404, `Asset ${assetId} not found`);
    if (!atLeast(role, 'editor')) throw new UploadRefused(403, `A new version needs the editor role on the asset; you have ${role}`);
    const lock = await assetLock(dataSource, assetId);
    if (lock && lock.holder !== identity.subject) {
      throw new UploadRefused(423, `Asset ${assetId} is checked out by ${lock.holder} until ${lock.expiresAt.toISOString()}: new versions are refused until it is checked in`);
    }
  }
  const ids = { assetId: assetId ?? uuidv7(), versionId: uuidv7() };
  await dataSource.transaction(async (manager) => {
    if (request.clientKey && (await uploadsRepository.findByClientKey(manager, identity, request.clientKey))) {
      throw new UploadRefused(409, 'An upload with this Idempotency-Key (or fingerprint) is being created; ask again to get it');
    }
    // The uploader may follow a new asset at once; assets' access list replaces this when it arrives.
    await ingestAssetsRepository.beginUpload(manager, ids.assetId, assetId ? undefined : { workspaceId: identity.workspaceId, editor: subjectPrincipal(identity.subject) });
    await uploadsRepository.insert(manager, {
      id: uploadId,
      source,
      asset_id: ids.assetId,
      version_id: ids.versionId,
      workspace_id: identity.workspaceId,
      new_asset: !assetId,
      filename,
      title: request.title?.trim() || null,
      note: request.note?.trim() || null,
      collection_id: request.collectionId?.trim() || null,
      uploaded_by: identity.subject,
      client_key: request.clientKey ?? null,
    }).catch((error: { code?: string; constraint?: string }) => {
      if (error.code === '23505' && error.constraint === 'uploads_client_key') throw new UploadRefused(409, 'An upload with this Idempotency-Key (or fingerprint) is being created; ask again to get it');
      throw error;
    });
  });
  return { ...ids, filename };
}

/** GraphQL form of an upload refusal. */
export function refusalToGraphQL(error: UploadRefused) {
  if (error.status === 423) return lockedByAnother(error.message);
  return error.status === 403 ? forbidden(error.message) : badUserInput(error.message);
}
