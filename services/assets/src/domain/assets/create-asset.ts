import { AssetCreatedSchema, TOPICS } from '@mam/proto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { DataSource } from '@mam/db';
import { appendToOutbox, uuidv7, type EventActor } from '@mam/events';
import { actorOf, badInput, type Identity } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import type { Asset } from '../../entities/asset.entity';
import { assetWriteRepository } from '../../repositories/asset-write.repository';
import { grantOwnership } from '../access/access-grants';
import { assetTypeInput } from './asset-types';
import { refreshAssetAccess } from '../access/refresh-asset-access';
import { fieldChange, recordHistory } from './record-history';

export interface CreateAssetInput {
  title: string;
  description?: string | null;
  type?: string | null;
}

export const TITLE_MAX = 500;
export const DESCRIPTION_MAX = 20_000;

/** A title given by a client: trimmed, 1 to TITLE_MAX characters. */
export function titleInput(value: string): string {
  const title = value.trim();
  if (!title) throw badInput('Title must not be empty', 'title');
  if (title.length > TITLE_MAX) throw badInput(`Title must be at most ${TITLE_MAX} characters`, 'title');
  return title;
}

export function descriptionInput(value: string | null | undefined): string | null | undefined {
  if ((value?.length ?? 0) > DESCRIPTION_MAX)
    throw badInput(`Description must be at most ${DESCRIPTION_MAX} characters`, 'description');
  return value;
}

/**
 * Inserts a new asset with its `CREATED` history entry, its creator as owner, and its events, in
 * the caller's transaction. `asset.access-changed` goes first, so no service learns of the asset
 * before it knows who may see it.
 */
export async function insertAsset(manager: EntityManager, asset: Asset, actor: EventActor): Promise<void> {
  await assetWriteRepository.insert(manager, asset);
  await grantOwnership(manager, asset.workspaceId, { assetId: asset.id }, asset.createdBy, asset.createdAt);
  await refreshAssetAccess(manager, [asset.id], actor, { always: true });
  await recordHistory(manager, asset, {
    action: 'CREATED',
    actor: asset.createdBy,
    at: asset.createdAt,
    changes: [
      ...fieldChange('title', null, asset.title),
      ...fieldChange('description', null, asset.description),
      ...fieldChange('type', null, asset.type),
    ],
  });
  await appendToOutbox(manager, TOPICS.assetsAsset, {
    type: 'asset.created',
    aggregateId: asset.id,
    actor,
    schema: AssetCreatedSchema,
    payload: {
      assetId: asset.id,
      workspaceId: asset.workspaceId,
      title: asset.title,
      createdBy: asset.createdBy,
      createdAt: timestampFromDate(asset.createdAt),
    },
  });
}

export function newAsset(fields: {
  id: string;
  workspaceId: string;
  title: string;
  description: string | null;
  type: string | null;
  createdBy: string;
  createdAt: Date;
}): Asset {
  return {
    ...fields,
    updatedAt: fields.createdAt,
    revision: 1,
    currentVersionId: null,
    lockHolder: null,
    lockAcquiredAt: null,
    lockExpiresAt: null,
    metadata: {},
  };
}

/** Creates an asset in the caller's workspace and records `asset.created` in the same transaction. */
export async function createAsset(dataSource: DataSource, identity: Identity, input: CreateAssetInput): Promise<Asset> {
  const asset = newAsset({
    id: uuidv7(),
    workspaceId: identity.workspaceId,
    title: titleInput(input.title),
    description: descriptionInput(input.description) ?? null,
    type: assetTypeInput(input.type) ?? null,
    createdBy: identity.subject,
    createdAt: new Date(),
  });
  await dataSource.transaction((manager) => insertAsset(manager, asset, actorOf(identity)));
  return asset;
}
