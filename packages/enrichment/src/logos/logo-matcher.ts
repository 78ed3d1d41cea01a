import type { EngineAvailability, LogoMatch, LogoMatcher } from '../engine';
import {
  deleteFeatures,
  findReference,
  readFeatures,
  type FeatureMatchOptions,
  type Features,
} from './feature-matcher';
import { matchWordmarks } from './match-wordmarks';
import { loadOpenCv, type OpenCv } from './opencv';

export interface FeatureLogoMatcherOptions extends FeatureMatchOptions {
  /** Inliers at which an image match's confidence reaches 1; default 60. */
  fullConfidenceInliers?: number;
}

export const LOGO_MATCHER_MODEL = 'orb+ransac-homography, wordmarks';

/**
 * Logos by wordmark in the image's on-screen text and by ORB feature matching of their reference
 * images (OpenCV's wasm build). Reference features are computed once per file and kept until `close()`.
 */
export function createLogoMatcher(options: FeatureLogoMatcherOptions = {}): LogoMatcher & { close(): void } {
  const maxFrameSide = options.maxFrameSide ?? 1280;
  const maxReferenceSide = options.maxReferenceSide ?? 480;
  const fullConfidenceInliers = options.fullConfidenceInliers ?? 60;
  const references = new Map<string, Promise<Features>>();

  function referenceFeatures(cv: OpenCv, imagePath: string): Promise<Features> {
    let features = references.get(imagePath);
    if (!features) {
      features = readFeatures(cv, imagePath, maxReferenceSide, options.referenceFeatures ?? 1500);
      features.catch(() => references.delete(imagePath));
      references.set(imagePath, features);
    }
    return features;
  }

  return {
    name: 'logos',
    async availability(): Promise<EngineAvailability> {
      try {
        await loadOpenCv();
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { version } = require('@techstark/opencv-js/package.json') as { version: string };
        return { installed: true, identity: { engine: 'opencv-js', model: LOGO_MATCHER_MODEL, version } };
      } catch (error) {
        return { installed: false, reason: `@techstark/opencv-js could not load: ${(error as Error).message}` };
      }
    },
    async matchLogos(imagePath, logos, textOnImage, callOptions): Promise<LogoMatch[]> {
      const signal = callOptions?.signal;
      signal?.throwIfAborted();
      const matches = matchWordmarks(logos, textOnImage);
      if (!logos.some((logo) => logo.imagePaths.length > 0)) return matches;
      const { cv } = await loadOpenCv();
      const frame = await readFeatures(cv, imagePath, maxFrameSide, options.frameFeatures ?? 4000);
      try {
        for (const logo of logos) {
          let best: LogoMatch | undefined;
          for (const referencePath of logo.imagePaths) {
            signal?.throwIfAborted();
            const hit = findReference(cv, await referenceFeatures(cv, referencePath), frame, options);
            const confidence = hit ? Math.min(1, hit.inliers / fullConfidenceInliers) : 0;
            if (hit && (!best || confidence > best.confidence))
              best = { logoId: logo.id, confidence, box: hit.box, by: 'image' };
          }
          if (best) matches.push(best);
        }
      } finally {
        deleteFeatures(frame);
      }
      return matches;
    },
    close() {
      for (const features of references.values()) void features.then(deleteFeatures, () => undefined);
      references.clear();
    },
  };
}
