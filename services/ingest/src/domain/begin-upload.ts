import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { assetLock, assetRole } from '@mam/asset-access';
import {
  badInput,
  conflict,
  isUuid,
  locked,
  memberRoleOf,
  notFound,
  requireRole,
  subjectPrincipal,
  type Identity,
} from '@mam/graphql';
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

const SAME_KEY = 'An upload with this Idempotency-Key (or fingerprint) is being created; ask again to get it';

/**
 * Accepts the start of an upload from any source: checks the caller may write, decides the asset
 * (new, or an existing one the caller's workspace owns) and the new version's id, and records it.
 * A refusal is the error kit's (FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, LOCKED, CONFLICT): GraphQL
 * answers it as it is, tus with the HTTP status of its code (see uploads/tus-refusal.ts).
 */
export async function beginUpload(
  dataSource: DataSource,
  identity: Identity,
  source: UploadSource,
  uploadId: string,
  request: UploadRequest,
): Promise<{ assetId: string; versionId: string; filename: string }> {
  requireRole(memberRoleOf(identity), 'editor');
  if (!request.filename?.trim()) throw badInput('Upload metadata must name the file (filename)', 'filename');
  const filename = cleanFilename(request.filename);
  if (request.clientKey && request.clientKey.length > 256)
    throw badInput('Idempotency-Key (or metadata fingerprint) is longer than 256 characters', 'clientKey');
  const assetId = request.assetId?.trim() || undefined;
  if (assetId !== undefined) {
    const role = isUuid(assetId) ? await assetRole(dataSource, { identity }, assetId) : null;
    if (!role) throw notFound(`Asset ${assetId} not found`, { assetId });
    requireRole(role, 'editor', 'the asset');
    const lock = await assetLock(dataSource, assetId);
    if (lock && lock.holder !== identity.subject) {
      throw locked(
        lock,
        `Asset ${assetId} is checked out by ${lock.holder} until ${lock.expiresAt.toISOString()}: new versions are refused until it is checked in`,
        { assetId },
      );
    }
  }
  const ids = { assetId: assetId ?? uuidv7(), versionId: uuidv7() };
  await dataSource.transaction(async (manager) => {
    if (request.clientKey && (await uploadsRepository.findByClientKey(manager, identity, request.clientKey))) {
      throw conflict(SAME_KEY);
    }
    // The uploader may follow a new asset at once; assets' access list replaces this when it arrives.
    await ingestAssetsRepository.beginUpload(
      manager,
      ids.assetId,
      assetId ? undefined : { workspaceId: identity.workspaceId, editor: subjectPrincipal(identity.subject) },
    );
    await uploadsRepository
      .insert(manager, {
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
      })
      .catch((error: { code?: string; constraint?: string }) => {
        if (error.code === '23505' && error.constraint === 'uploads_client_key') throw conflict(SAME_KEY);
        throw error;
      });
  });
  return { ...ids, filename };
}
