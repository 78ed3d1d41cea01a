import { IsNull, type EntityManager } from 'typeorm';
import { ApiKeyEntity, type ApiKey } from '../entities/api-key.entity';

/** `api_keys`: partner applications' credentials, stored as hashes. */
export const apiKeyRepository = {
  async insert(manager: EntityManager, apiKey: ApiKey): Promise<void> {
    await manager.insert(ApiKeyEntity, apiKey);
  },
  /** Revokes a live key of the workspace; false when there is none of that id. */
  async revoke(manager: EntityManager, workspaceId: string, id: string): Promise<boolean> {
    const result = await manager.update(
      ApiKeyEntity,
      { id, workspaceId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  },
  findLiveByHash(manager: EntityManager, keyHash: string): Promise<ApiKey | null> {
    return manager.findOneBy(ApiKeyEntity, { keyHash, revokedAt: IsNull() });
  },
  /** The workspace's keys, oldest first. */
  list(manager: EntityManager, workspaceId: string): Promise<ApiKey[]> {
    return manager.find(ApiKeyEntity, { where: { workspaceId }, order: { createdAt: 'ASC' } });
  },
};
