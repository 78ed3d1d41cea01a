import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { badInput, ROLES, type Identity, type Role } from '@mam/graphql';
import type { ApiKey } from '../../entities/api-key.entity';
import { apiKeyRepository } from '../../repositories/api-key.repository';

const PREFIX = 'mam_';

/** API keys are 256 random bits, so a plain SHA-256 is a safe one-way store for lookups. */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Creates a key for the admin's workspace; the secret is returned once and never stored. */
export async function createApiKey(
  dataSource: DataSource,
  admin: Identity,
  input: { name: string; role: string },
): Promise<{ apiKey: ApiKey; secret: string }> {
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('Name must be 1 to 200 characters', 'name');
  if (!(ROLES as readonly string[]).includes(input.role))
    throw badInput(`Role must be one of ${ROLES.join(', ')}`, 'role');
  const secret = PREFIX + randomBytes(32).toString('base64url');
  const apiKey: ApiKey = {
    id: uuidv7(),
    workspaceId: admin.workspaceId,
    name,
    role: input.role as Role,
    keyHash: hashApiKey(secret),
    createdBy: admin.subject,
    createdAt: new Date(),
    revokedAt: null,
  };
  await apiKeyRepository.insert(dataSource.manager, apiKey);
  return { apiKey, secret };
}

/** Revokes a key of the admin's workspace; returns false when there is no such key there. */
export async function revokeApiKey(dataSource: DataSource, admin: Identity, id: string): Promise<boolean> {
  return apiKeyRepository.revoke(dataSource.manager, admin.workspaceId, id);
}

/** The identity a live key stands for, looked up by hash. */
export async function identityForApiKeyHash(dataSource: DataSource, keyHash: string): Promise<Identity | null> {
  const key = await apiKeyRepository.findLiveByHash(dataSource.manager, keyHash);
  return key
    ? { subject: `api-key:${key.id}`, workspaceId: key.workspaceId, roles: [key.role], kind: 'api_key' }
    : null;
}

/** The admin's workspace's keys, oldest first (revoked ones too). */
export function listApiKeys(dataSource: DataSource, admin: Identity): Promise<ApiKey[]> {
  return apiKeyRepository.list(dataSource.manager, admin.workspaceId);
}
