import type { EntityManager } from 'typeorm';

export interface DriveProperty {
  namespace: string;
  name: string;
  value: string;
}

/** `drive_properties`: what WebDAV clients set on a master, a proxy or a collection (`master:<asset id>`, `proxy:<asset id>`, `collection:<id>`). */
export const drivePropertyRepository = {
  async list(manager: EntityManager, workspaceId: string, target: string): Promise<DriveProperty[]> {
    return manager.query(
      'SELECT namespace, name, value FROM drive_properties WHERE workspace_id = $1 AND target = $2 ORDER BY namespace, name',
      [workspaceId, target],
    );
  },
  async set(manager: EntityManager, workspaceId: string, target: string, property: DriveProperty): Promise<void> {
    await manager.query(
      `INSERT INTO drive_properties (workspace_id, target, namespace, name, value) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (workspace_id, target, namespace, name) DO UPDATE SET value = EXCLUDED.value`,
      [workspaceId, target, property.namespace, property.name, property.value],
    );
  },
  async remove(manager: EntityManager, workspaceId: string, target: string, namespace: string, name: string) {
    await manager.query(
      'DELETE FROM drive_properties WHERE workspace_id = $1 AND target = $2 AND namespace = $3 AND name = $4',
      [workspaceId, target, namespace, name],
    );
  },
  async removeTarget(manager: EntityManager, workspaceId: string, target: string): Promise<void> {
    await manager.query('DELETE FROM drive_properties WHERE workspace_id = $1 AND target = $2', [workspaceId, target]);
  },
};
