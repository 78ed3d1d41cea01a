import type { FaceSample } from '@mam/media';
import type { CaptionSegment } from '../sidecars/caption-writers';

/** A version's transcript: its language (BCP 47, e.g. "en") and timed segments. */
export interface Transcript {
  language: string | null;
  segments: CaptionSegment[];
}

/**
 * What a delivery reads about a version beyond its master: its transcript (captions are written
 * from it), the faces found in it (`faces` framing follows them), and its rights (the manifest
 * carries them). Each answers null or an empty object when nothing is known.
 */
export interface DeliverySources {
  transcriptOf(versionId: string): Promise<Transcript | null>;
  facesOf(versionId: string): Promise<FaceSample[] | null>;
  rightsOf(versionId: string): Promise<Record<string, unknown>>;
}

/**
 * Distribution keeps no transcripts, face tracks or rights yet: no captions are written, `faces`
 * framing crops the middle, and the manifest's rights section is empty.
 */
export const noDeliverySources: DeliverySources = {
  transcriptOf: async () => null,
  facesOf: async () => null,
  rightsOf: async () => ({}),
};
