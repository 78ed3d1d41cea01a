import type { EntityManager } from 'typeorm';
import type { SearchMediaFacts } from './search-index';
import { technicalText } from './search-text';

interface ProbedRow {
  version_id: string;
  asset_id: string;
  workspace_id: string;
  media_kind: string | null;
  format: string;
  codec: string;
  duration_seconds: number | null;
  width: number | null;
  height: number | null;
  frame_rate: string | null;
  technical: unknown;
}

/** Media facts of each asset's current version, by asset id; assets whose current file is not probed yet are absent. */
export async function mediaFactsOf(
  manager: EntityManager,
  assets: { id: string; workspaceId: string; currentVersionId: string | null }[],
): Promise<Map<string, SearchMediaFacts>> {
  const current = assets.filter((a) => a.currentVersionId);
  if (current.length === 0) return new Map();
  const rows: ProbedRow[] = await manager.query(
    `SELECT version_id, asset_id, workspace_id, media_kind, format, codec, duration_seconds, width, height, frame_rate, technical
     FROM version_media WHERE version_id = ANY($1::uuid[]) AND probed_at IS NOT NULL`,
    [current.map((a) => a.currentVersionId)],
  );
  const byVersion = new Map(rows.map((r) => [r.version_id, r]));
  const facts = new Map<string, SearchMediaFacts>();
  for (const asset of current) {
    const r = byVersion.get(asset.currentVersionId!);
    // A probe is believed only for the asset and workspace it names.
    if (!r || r.asset_id !== asset.id || r.workspace_id !== asset.workspaceId) continue;
    facts.set(asset.id, {
      mediaKind: r.media_kind || 'other',
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
