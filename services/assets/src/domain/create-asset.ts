import { AssetCreatedSchema, TOPICS } from '@mam/proto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { DataSource } from '@mam/db';
import { appendToOutbox, uuidv7, type EventActor } from '@mam/events';
import { badUserInput, type Identity } from '@mam/graphql';
import { AssetEntity, type Asset } from '../entities/asset.entity';

export interface CreateAssetInput {
  title: string;
  description?: string | null;
}

export const TITLE_MAX = 500;
export const DESCRIPTION_MAX = 20_000;

export function actorOf(identity: Identity): EventActor {
  return { subject: identity.subject, workspaceId: identity.workspaceId, kind: identity.kind };
}

/** Creates an asset in the caller's workspace and records `asset.created` in the same transaction. */
export async function createAsset(dataSource: DataSource, identity: Identity, input: CreateAssetInput): Promise<Asset> {
  const title = input.title.trim();
  if (!title) throw badUserInput('Title must not be empty', 'title');
  if (title.length > TITLE_MAX) throw badUserInput(`Title must be at most ${TITLE_MAX} characters`, 'title');
  if ((input.description?.length ?? 0) > DESCRIPTION_MAX) throw badUserInput(`Description must be at most ${DESCRIPTION_MAX} characters`, 'description');

  const now = new Date();
  const asset: Asset = {
    id: uuidv7(),
    workspaceId: identity.workspaceId,
    title,
    description: input.description ?? null,
    createdBy: identity.subject,
    createdAt: now,
    updatedAt: now,
    revision: 1,
    currentVersionId: null,
  };
  await dataSource.transaction(async (manager) => {
    await manager.insert(AssetEntity, asset);
    await appendToOutbox(manager, TOPICS.assetsAsset, {
      type: 'asset.created',
      aggregateId: asset.id,
      actor: actorOf(identity),
      schema: AssetCreatedSchema,
      payload: { assetId: asset.id, workspaceId: asset.workspaceId, title: asset.title, createdBy: asset.createdBy, createdAt: timestampFromDate(now) },
    });
  });
  return asset;
}
