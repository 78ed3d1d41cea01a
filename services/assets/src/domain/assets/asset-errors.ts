import { GraphQLError } from 'graphql';
import { ErrorCode } from '@mam/graphql';
import type { Asset } from '../../entities/asset.entity';
import { activeLock, type ActiveLock } from './asset-lock';

/** Stable code of a refusal because someone else has the asset checked out. */
export const LOCKED = 'LOCKED';

/** The same answer for an asset that does not exist and one of another workspace. */
export function notFound(what = 'Asset'): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: ErrorCode.notFound } });
}

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
    lock: lock && { holder: lock.holder, acquiredAt: lock.acquiredAt.toISOString(), expiresAt: lock.expiresAt.toISOString() },
  };
}

/** An edit based on an older revision: refused, with the current state in `extensions.current`. */
export function conflict(asset: Asset, expectedRevision: number): GraphQLError {
  return new GraphQLError(`Asset was changed meanwhile: the edit was based on revision ${expectedRevision}, the asset is at revision ${asset.revision}`, {
    extensions: { code: ErrorCode.conflict, current: currentState(asset) },
  });
}

export function locked(lock: ActiveLock, assetId?: string): GraphQLError {
  return new GraphQLError(`Asset ${assetId ? `${assetId} ` : ''}is checked out by ${lock.holder} until ${lock.expiresAt.toISOString()}`, {
    extensions: { code: LOCKED, holder: lock.holder, expiresAt: lock.expiresAt.toISOString(), ...(assetId ? { assetId } : {}) },
  });
}

/** Some of several assets do not exist in the caller's workspace (others' assets are reported the same way). */
export function assetsNotFound(assetIds: string[]): GraphQLError {
  return new GraphQLError(`Assets not found: ${assetIds.join(', ')}`, { extensions: { code: ErrorCode.notFound, assetIds } });
}

export interface FieldError {
  key: string;
  message: string;
  /** Set by bulk edits, where one asset's type can make a field required. */
  assetId?: string;
}

/** Every problem of a metadata edit at once; nothing was written. */
export function invalidMetadata(fieldErrors: FieldError[]): GraphQLError {
  const summary = fieldErrors.length === 1 ? '1 problem' : `${fieldErrors.length} problems`;
  return new GraphQLError(`Metadata values refused (${summary}); nothing was changed`, { extensions: { code: ErrorCode.badUserInput, fieldErrors } });
}
