import type { DataSource } from '@mam/db';
import type { FaceSample } from '@mam/media';
import { assetDescriptions } from '../repositories/asset-descriptions.repository';
import type { CaptionSegment } from '../sidecars/caption-writers';

/** A version's transcript: its language (BCP 47, e.g. "en") and timed segments. */
export interface Transcript {
  language: string | null;
  segments: CaptionSegment[];
}

/**
 * What a delivery reads about a version beyond its master: its transcript (captions are written
 * from it), the faces found in it (`faces` framing follows them), and its asset's rights (the
 * manifest carries them). Each answers null or an empty object when nothing is known.
 */
export interface DeliverySources {
  transcriptOf(versionId: string): Promise<Transcript | null>;
  facesOf(versionId: string): Promise<FaceSample[] | null>;
  rightsOf(assetId: string): Promise<Record<string, unknown>>;
}

/** The asset's rights_* metadata values, as assets last announced them, without the prefix. */
export function rightsFacts(metadata: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(metadata)
      .filter(([key, value]) => key.startsWith('rights_') && value !== null && value !== undefined && value !== '')
      .map(([key, value]) => [key.slice('rights_'.length), value]),
  );
}

/**
 * What distribution knows: rights from its projection of assets' metadata. It keeps no
 * transcripts or face tracks yet: no captions are written, and `faces` framing crops the middle.
 */
export function distributionSources(dataSource: DataSource): DeliverySources {
  return {
    transcriptOf: async () => null,
    facesOf: async () => null,
    rightsOf: async (assetId) => rightsFacts((await assetDescriptions.find(dataSource, assetId))?.metadata ?? {}),
  };
}
