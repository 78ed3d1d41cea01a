import { badInput, conflict, locked, notFound, type FieldError } from '@mam/graphql';
import type { GraphQLError } from 'graphql';
import type { Asset } from '../../entities/asset.entity';
import { activeLock, type ActiveLock } from './asset-lock';

/** What a client needs to redo a refused edit on top of the asset as it is now. */
export function currentState(asset: Asset, now = new Date()) {
  const lock = activeLock(asset, now);
  return {
    id: asset.id,
    revision: asset.revision,
    title: asset.title,
    description: asset.description,
    type: asset.type,
    updatedAt: asset.updatedAt.toISOString(),
    currentVersionId: asset.currentVersionId,
    metadata: asset.metadata,
    tags: asset.tags ?? [],
    lock: lock && {
      holder: lock.holder,
      acquiredAt: lock.acquiredAt.toISOString(),
      expiresAt: lock.expiresAt.toISOString(),
    },
  };
}

/** An edit based on an older revision: refused, with the current state in `extensions.current`. */
export function assetConflict(asset: Asset, expectedRevision: number): GraphQLError {
  const message = `Asset was changed meanwhile: the edit was based on revision ${expectedRevision}, the asset is at revision ${asset.revision}`;
  return conflict(message, currentState(asset));
}

/** Someone else has the asset checked out: who and until when (and which asset, for edits of several). */
export function assetLocked(lock: ActiveLock, assetId?: string): GraphQLError {
  const message = `Asset ${assetId ? `${assetId} ` : ''}is checked out by ${lock.holder} until ${lock.expiresAt.toISOString()}`;
  return locked(lock, message, assetId ? { assetId } : {});
}

/** Some of several assets do not exist in the caller's workspace (others' assets are reported the same way). */
export function assetsNotFound(assetIds: string[]): GraphQLError {
  return notFound(`Assets not found: ${assetIds.join(', ')}`, { assetIds });
}

/** A metadata field's problem; bulk edits add `assetId`, as one asset's type can make a field required. */
export type MetadataFieldError = FieldError & { assetId?: string };

/** Every problem of a metadata edit at once; nothing was written. */
export function invalidMetadata(fieldErrors: MetadataFieldError[]): GraphQLError {
  const summary = fieldErrors.length === 1 ? '1 problem' : `${fieldErrors.length} problems`;
  return badInput(`Metadata values refused (${summary}); nothing was changed`, fieldErrors);
}
