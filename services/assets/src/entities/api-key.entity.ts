import { EntitySchema } from 'typeorm';
import type { Role } from '@mam/graphql';

/** A partner application's credential: belongs to a workspace, carries one role, stored only as a hash. */
export interface ApiKey {
  id: string;
  workspaceId: string;
  name: string;
  role: Role;
  keyHash: string;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export const ApiKeyEntity = new EntitySchema<ApiKey>({
  name: 'ApiKey',
  tableName: 'api_keys',
  columns: {
    id: { type: 'uuid', primary: true },
    workspaceId: { name: 'workspace_id', type: 'text' },
    name: { type: 'text' },
    role: { type: 'text' },
    keyHash: { name: 'key_hash', type: 'text', unique: true },
    createdBy: { name: 'created_by', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamptz' },
    revokedAt: { name: 'revoked_at', type: 'timestamptz', nullable: true },
  },
});
