import type { MediaKind } from '../plan-renditions';

/** Every enrichment job kind: each needs a handler. */
export const ENRICHMENT_KINDS = ['transcript', 'text', 'objects', 'faces', 'logos'] as const;

export type EnrichmentKind = (typeof ENRICHMENT_KINDS)[number];

export const isEnrichmentKind = (kind: string): kind is EnrichmentKind =>
  (ENRICHMENT_KINDS as readonly string[]).includes(kind);

/** What a deployment turned on (ENRICHMENT and FACE_RECOGNITION). */
export interface EnrichmentSwitches {
  enabled: boolean;
  faces: boolean;
}

/**
 * Which enrichment jobs a version gets: speech for anything with sound, on-screen text, objects,
 * faces and logos for anything with a picture. Documents and other files get none.
 */
export function planEnrichment(
  kind: MediaKind,
  facts: { hasAudio: boolean; hasVideo: boolean },
  switches: EnrichmentSwitches,
): EnrichmentKind[] {
  if (!switches.enabled) return [];
  const picture = kind === 'image' || (kind === 'video' && facts.hasVideo);
  const sound = (kind === 'video' || kind === 'audio') && facts.hasAudio;
  const planned: EnrichmentKind[] = [];
  if (sound) planned.push('transcript');
  if (picture) planned.push('text', 'objects', ...(switches.faces ? (['faces'] as const) : []), 'logos');
  return planned;
}
