import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and logos of a workspace. Every face the engine finds is kept with its embedding and the
 * keyframe window it stands for; faces are grouped into people (named once, the name shown on
 * every appearance); `person` segments are each person's time ranges on a version. A workspace
 * can switch face recognition off. The logo library holds names, wordmarks and reference images.
 */
export class CreatePeopleAndLogos1764400000310 implements MigrationInterface {
  name = 'CreatePeopleAndLogos1764400000310';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE enrichment_segments DROP CONSTRAINT enrichment_segments_kind_check');
    await runner.query(
      `ALTER TABLE enrichment_segments ADD CONSTRAINT enrichment_segments_kind_check
       CHECK (kind IN ('transcript', 'text', 'label', 'face', 'logo', 'person'))`,
    );
    await runner.query(`CREATE TABLE people (
      id uuid PRIMARY KEY,
      workspace_id text NOT NULL,
      name text,
      centroid real[] NOT NULL,
      face_count int NOT NULL,
      named_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await runner.query('CREATE INDEX people_workspace ON people (workspace_id)');
    await runner.query(`CREATE TABLE faces (
      id uuid PRIMARY KEY,
      workspace_id text NOT NULL,
      asset_id uuid NOT NULL,
      version_id uuid NOT NULL,
      person_id uuid NOT NULL REFERENCES people (id),
      start_frame bigint NOT NULL,
      end_frame bigint NOT NULL,
      frame_rate_numerator int NOT NULL,
      frame_rate_denominator int NOT NULL,
      confidence real NOT NULL,
      box jsonb NOT NULL,
      embedding real[] NOT NULL,
      excluded_person_ids uuid[] NOT NULL DEFAULT '{}',
      crop_key text,
      engine jsonb NOT NULL,
      CHECK (end_frame > start_frame)
    )`);
    await runner.query('CREATE INDEX faces_person ON faces (person_id)');
    await runner.query('CREATE INDEX faces_version ON faces (version_id)');
    await runner.query('ALTER TABLE enrichment_segments ADD COLUMN person_id uuid');
    await runner.query('CREATE INDEX enrichment_segments_person ON enrichment_segments (person_id)');
    await runner.query(`CREATE TABLE face_recognition_settings (
      workspace_id text PRIMARY KEY,
      enabled boolean NOT NULL,
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    )`);
    await runner.query(`CREATE TABLE logos (
      id uuid PRIMARY KEY,
      workspace_id text NOT NULL,
      name text NOT NULL,
      wordmarks text[] NOT NULL DEFAULT '{}',
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await runner.query('CREATE UNIQUE INDEX logos_workspace_name ON logos (workspace_id, lower(name))');
    await runner.query(`CREATE TABLE logo_images (
      id uuid PRIMARY KEY,
      logo_id uuid NOT NULL REFERENCES logos (id) ON DELETE CASCADE,
      storage_key text NOT NULL,
      content_type text NOT NULL,
      width int NOT NULL,
      height int NOT NULL,
      byte_size int NOT NULL
    )`);
    await runner.query('CREATE INDEX logo_images_logo ON logo_images (logo_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE logo_images');
    await runner.query('DROP TABLE logos');
    await runner.query('DROP TABLE face_recognition_settings');
    await runner.query('ALTER TABLE enrichment_segments DROP COLUMN person_id');
    await runner.query('DROP TABLE faces');
    await runner.query('DROP TABLE people');
    await runner.query("DELETE FROM enrichment_segments WHERE kind = 'person'");
    await runner.query('ALTER TABLE enrichment_segments DROP CONSTRAINT enrichment_segments_kind_check');
    await runner.query(
      `ALTER TABLE enrichment_segments ADD CONSTRAINT enrichment_segments_kind_check
       CHECK (kind IN ('transcript', 'text', 'label', 'face', 'logo'))`,
    );
  }
}
