import type { Box } from '@mam/enrichment';

interface PlacedFace {
  startFrame: number;
  box: Box;
}

/** How much two boxes overlap: their intersection over their union (0..1). */
export function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const shared = width * height;
  return shared / (a.width * a.height + b.width * b.height - shared);
}

/**
 * The "not this person" marks a face found again keeps: those of the earlier face on the same
 * keyframe whose box it mostly covers (the engine ran again on the same picture).
 */
export function carriedExclusions(
  previous: readonly (PlacedFace & { excludedPersonIds: readonly string[] })[],
  face: PlacedFace,
): string[] {
  const same = previous.filter(
    (earlier) => earlier.startFrame === face.startFrame && overlap(earlier.box, face.box) >= 0.5,
  );
  return [...new Set(same.flatMap((earlier) => earlier.excludedPersonIds))];
}
