import type { EntityManager } from 'typeorm';

export interface LogoRow {
  id: string;
  workspace_id: string;
  name: string;
  wordmarks: string[];
  created_by: string;
  created_at: Date;
}

export interface LogoImageRow {
  id: string;
  logo_id: string;
  storage_key: string;
  content_type: string;
  width: number;
  height: number;
  byte_size: number;
}

type Db = Pick<EntityManager, 'query'>;

/** A workspace's logo library: names, wordmarks and reference images (kept in blob storage). */
export const logosRepository = {
  async ofWorkspace(db: Db, workspaceId: string): Promise<LogoRow[]> {
    return db.query('SELECT * FROM logos WHERE workspace_id = $1 ORDER BY lower(name), id', [workspaceId]);
  },
  async find(db: Db, id: string): Promise<LogoRow | undefined> {
    return (await db.query('SELECT * FROM logos WHERE id = $1', [id]))[0];
  },
  async named(db: Db, workspaceId: string, name: string): Promise<LogoRow | undefined> {
    return (
      await db.query('SELECT * FROM logos WHERE workspace_id = $1 AND lower(name) = lower($2)', [workspaceId, name])
    )[0];
  },
  async insert(db: Db, logo: Omit<LogoRow, 'created_at'>, images: readonly LogoImageRow[]): Promise<void> {
    await db.query('INSERT INTO logos (id, workspace_id, name, wordmarks, created_by) VALUES ($1, $2, $3, $4, $5)', [
      logo.id,
      logo.workspace_id,
      logo.name,
      logo.wordmarks,
      logo.created_by,
    ]);
    for (const image of images)
      await db.query(
        `INSERT INTO logo_images (id, logo_id, storage_key, content_type, width, height, byte_size)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [image.id, image.logo_id, image.storage_key, image.content_type, image.width, image.height, image.byte_size],
      );
  },
  async imagesOf(db: Db, logoIds: readonly string[]): Promise<LogoImageRow[]> {
    return logoIds.length
      ? db.query('SELECT * FROM logo_images WHERE logo_id = ANY($1::uuid[]) ORDER BY logo_id, id', [logoIds])
      : [];
  },
  async delete(db: Db, id: string): Promise<void> {
    await db.query('DELETE FROM logos WHERE id = $1', [id]);
  },
};
