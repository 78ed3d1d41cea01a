import type { MediaProbed } from '@mam/proto';
import type { EntityManager } from 'typeorm';
import type { SearchMediaFacts } from './search-index';
import { technicalText } from './search-text';

/** Larger technical descriptions (huge EXIF or XMP blocks) are kept without their details. */
const TECHNICAL_JSON_MAX = 256 * 1024;

function technicalOf(json: string): string | null {
  if (!json || json.length > TECHNICAL_JSON_MAX) return null;
  try {
    JSON.parse(json);
    return json;
  } catch {
    return null;
  }
}

/** Records (or, for a repeated probe of the same version, replaces) what ingest found in a version's file. */
export async function saveMediaFacts(manager: EntityManager, probed: MediaProbed, probedAt: Date): Promise<void> {
  await manager.query(
    `INSERT INTO asset_media_facts (version_id, asset_id, workspace_id, media_kind, format, codec, duration_seconds, width, height, frame_rate, technical, probed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12)
     ON CONFLICT (version_id) DO UPDATE SET asset_id = EXCLUDED.asset_id, workspace_id = EXCLUDED.workspace_id, media_kind = EXCLUDED.media_kind,
       format = EXCLUDED.format, codec = EXCLUDED.codec, duration_seconds = EXCLUDED.duration_seconds, width = EXCLUDED.width, height = EXCLUDED.height,
       frame_rate = EXCLUDED.frame_rate, technical = EXCLUDED.technical, probed_at = EXCLUDED.probed_at`,
    [
      probed.versionId,
      probed.assetId,
      probed.workspaceId,
      probed.mediaKind || 'other',
      probed.format,
      probed.codec,
      probed.durationSeconds > 0 ? probed.durationSeconds : null,
      probed.width > 0 ? probed.width : null,
      probed.height > 0 ? probed.height : null,
      probed.frameRate || null,
      technicalOf(probed.technicalMetadataJson),
      probedAt,
    ],
  );
}

interface FactsRow {
  version_id: string;
  media_kind: string;
  format: string;
  codec: string;
  duration_seconds: number | null;
  width: number | null;
  height: number | null;
  frame_rate: string | null;
  technical: unknown;
}

/** Media facts of each asset's current version, by asset id; assets whose current file is not probed yet are absent. */
export async function mediaFactsOf(manager: EntityManager, assets: { id: string; workspaceId: string; currentVersionId: string | null }[]): Promise<Map<string, SearchMediaFacts>> {
  const current = assets.filter((a) => a.currentVersionId);
  if (current.length === 0) return new Map();
  const rows: (FactsRow & { asset_id: string; workspace_id: string })[] = await manager.query(
    `SELECT version_id, asset_id, workspace_id, media_kind, format, codec, duration_seconds, width, height, frame_rate, technical
     FROM asset_media_facts WHERE version_id = ANY($1::uuid[])`,
    [current.map((a) => a.currentVersionId)],
  );
  const byVersion = new Map(rows.map((r) => [r.version_id, r]));
  const facts = new Map<string, SearchMediaFacts>();
  for (const asset of current) {
    const r = byVersion.get(asset.currentVersionId!);
    // A probe is believed only for the asset and workspace it names.
    if (!r || r.asset_id !== asset.id || r.workspace_id !== asset.workspaceId) continue;
    facts.set(asset.id, {
      mediaKind: r.media_kind,
      format: r.format,
      codec: r.codec,
      durationSeconds: r.duration_seconds,
      width: r.width,
      height: r.height,
      frameRate: r.frame_rate,
      technicalText: [...new Set([r.codec, ...technicalText(r.technical)].filter(Boolean))],
    });
  }
  return facts;
}
