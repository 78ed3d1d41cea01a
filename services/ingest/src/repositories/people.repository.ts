import type { EntityManager } from 'typeorm';
import type { Box, EngineIdentity } from '@mam/enrichment';

export interface PersonRow {
  id: string;
  workspace_id: string;
  name: string | null;
  centroid: number[];
  face_count: number;
  named_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface FaceRow {
  id: string;
  workspace_id: string;
  asset_id: string;
  version_id: string;
  person_id: string;
  start_frame: string;
  end_frame: string;
  frame_rate_numerator: number;
  frame_rate_denominator: number;
  confidence: number;
  box: Box;
  embedding: number[];
  excluded_person_ids: string[];
  crop_key: string | null;
  engine: EngineIdentity;
}

export type NewFace = Omit<FaceRow, 'start_frame' | 'end_frame'> & { start_frame: number; end_frame: number };

type Db = Pick<EntityManager, 'query'>;

/** A workspace's people (clusters of faces) and every face found on its versions. */
export const peopleRepository = {
  /** Serialises changes to one workspace's people until the transaction ends (clustering reads all of them). */
  async lockWorkspace(db: Db, workspaceId: string): Promise<void> {
    await db.query("SELECT pg_advisory_xact_lock(hashtext('people:' || $1))", [workspaceId]);
  },
  async ofWorkspace(db: Db, workspaceId: string): Promise<PersonRow[]> {
    return db.query('SELECT * FROM people WHERE workspace_id = $1 ORDER BY created_at, id', [workspaceId]);
  },
  async list(db: Db, workspaceId: string, first: number): Promise<PersonRow[]> {
    return db.query(
      `SELECT * FROM people WHERE workspace_id = $1 AND face_count > 0
       ORDER BY name IS NULL, lower(name), face_count DESC, id LIMIT $2`,
      [workspaceId, first],
    );
  },
  async find(db: Db, id: string): Promise<PersonRow | undefined> {
    return (await db.query('SELECT * FROM people WHERE id = $1', [id]))[0];
  },
  async findMany(db: Db, ids: readonly string[]): Promise<PersonRow[]> {
    return ids.length ? db.query('SELECT * FROM people WHERE id = ANY($1::uuid[])', [ids]) : [];
  },
  /** Writes a person's cluster (new or changed centroid and count). */
  async save(
    db: Db,
    person: { id: string; workspaceId: string; centroid: number[]; faceCount: number; name?: string | null },
  ): Promise<void> {
    await db.query(
      `INSERT INTO people (id, workspace_id, centroid, face_count, name) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET centroid = EXCLUDED.centroid, face_count = EXCLUDED.face_count, updated_at = now()`,
      [person.id, person.workspaceId, person.centroid, person.faceCount, person.name ?? null],
    );
  },
  async setName(db: Db, id: string, name: string | null, by: string): Promise<void> {
    await db.query('UPDATE people SET name = $2, named_by = $3, updated_at = now() WHERE id = $1', [id, name, by]);
  },
  async delete(db: Db, ids: readonly string[]): Promise<void> {
    if (ids.length) await db.query('DELETE FROM people WHERE id = ANY($1::uuid[])', [ids]);
  },
  async deleteWorkspace(db: Db, workspaceId: string): Promise<void> {
    await db.query('DELETE FROM people WHERE workspace_id = $1', [workspaceId]);
  },
};

export const facesRepository = {
  async insert(db: Db, faces: readonly NewFace[]): Promise<void> {
    if (faces.length === 0) return;
    await db.query(
      `INSERT INTO faces (id, workspace_id, asset_id, version_id, person_id, start_frame, end_frame,
         frame_rate_numerator, frame_rate_denominator, confidence, box, embedding, excluded_person_ids, crop_key, engine)
       SELECT f.id, f.workspace_id, f.asset_id, f.version_id, f.person_id, f.start_frame, f.end_frame,
         f.frame_rate_numerator, f.frame_rate_denominator, f.confidence, f.box,
         (SELECT array_agg(e::real ORDER BY i) FROM jsonb_array_elements_text(f.embedding) WITH ORDINALITY AS t(e, i)),
         ARRAY(SELECT jsonb_array_elements_text(f.excluded_person_ids)::uuid), f.crop_key, f.engine
       FROM jsonb_to_recordset($1::jsonb) AS f(id uuid, workspace_id text, asset_id uuid, version_id uuid,
         person_id uuid, start_frame bigint, end_frame bigint, frame_rate_numerator int, frame_rate_denominator int,
         confidence real, box jsonb, embedding jsonb, excluded_person_ids jsonb, crop_key text, engine jsonb)`,
      [JSON.stringify(faces)],
    );
  },
  async ofVersion(db: Db, versionId: string): Promise<FaceRow[]> {
    return db.query('SELECT * FROM faces WHERE version_id = $1 ORDER BY start_frame, id', [versionId]);
  },
  async ofPeople(db: Db, personIds: readonly string[]): Promise<FaceRow[]> {
    return personIds.length
      ? db.query('SELECT * FROM faces WHERE person_id = ANY($1::uuid[]) ORDER BY start_frame, id', [personIds])
      : [];
  },
  async ofWorkspace(db: Db, workspaceId: string): Promise<FaceRow[]> {
    return db.query('SELECT * FROM faces WHERE workspace_id = $1', [workspaceId]);
  },
  async findMany(db: Db, ids: readonly string[]): Promise<FaceRow[]> {
    return ids.length ? db.query('SELECT * FROM faces WHERE id = ANY($1::uuid[]) ORDER BY start_frame, id', [ids]) : [];
  },
  /** A person's faces, most confident first. */
  async ofPerson(db: Db, personId: string, first: number): Promise<FaceRow[]> {
    return db.query('SELECT * FROM faces WHERE person_id = $1 ORDER BY confidence DESC, id LIMIT $2', [
      personId,
      first,
    ]);
  },
  /** The versions a person appears on. */
  async versionsOf(db: Db, personIds: readonly string[]): Promise<string[]> {
    const rows: { version_id: string }[] = personIds.length
      ? await db.query('SELECT DISTINCT version_id FROM faces WHERE person_id = ANY($1::uuid[])', [personIds])
      : [];
    return rows.map((row) => row.version_id);
  },
  async moveTo(db: Db, faceIds: readonly string[], personId: string, excludedPersonId?: string): Promise<void> {
    if (faceIds.length === 0) return;
    await db.query(
      `UPDATE faces SET person_id = $2,
         excluded_person_ids = CASE WHEN $3::uuid IS NULL THEN excluded_person_ids
           ELSE array_append(array_remove(excluded_person_ids, $3::uuid), $3::uuid) END
       WHERE id = ANY($1::uuid[])`,
      [faceIds, personId, excludedPersonId ?? null],
    );
  },
  async reassignPerson(db: Db, from: string, to: string): Promise<void> {
    // Joining by a person's own decision undoes any "not this person" mark for the one they join.
    await db.query(
      'UPDATE faces SET person_id = $2, excluded_person_ids = array_remove(excluded_person_ids, $2) WHERE person_id = $1',
      [from, to],
    );
  },
  /** Removes a version's faces (before it is looked at again); returns them. */
  async deleteOfVersion(db: Db, versionId: string): Promise<FaceRow[]> {
    const [rows]: [FaceRow[], number] = await db.query('DELETE FROM faces WHERE version_id = $1 RETURNING *', [
      versionId,
    ]);
    return rows;
  },
  async deleteWorkspace(db: Db, workspaceId: string): Promise<FaceRow[]> {
    const [rows]: [FaceRow[], number] = await db.query('DELETE FROM faces WHERE workspace_id = $1 RETURNING *', [
      workspaceId,
    ]);
    return rows;
  },
};

export const faceRecognitionSettingsRepository = {
  /** Whether the workspace recognises faces (on unless an admin switched it off). */
  async enabled(
    db: Db,
    workspaceId: string,
  ): Promise<{ enabled: boolean; changedBy: string | null; changedAt: Date | null }> {
    const row: { enabled: boolean; changed_by: string; changed_at: Date } | undefined = (
      await db.query('SELECT * FROM face_recognition_settings WHERE workspace_id = $1', [workspaceId])
    )[0];
    return { enabled: row?.enabled ?? true, changedBy: row?.changed_by ?? null, changedAt: row?.changed_at ?? null };
  },
  async set(db: Db, workspaceId: string, enabled: boolean, by: string): Promise<void> {
    await db.query(
      `INSERT INTO face_recognition_settings (workspace_id, enabled, changed_by) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id) DO UPDATE SET enabled = EXCLUDED.enabled, changed_by = EXCLUDED.changed_by, changed_at = now()`,
      [workspaceId, enabled, by],
    );
  },
};
