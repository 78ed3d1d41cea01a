import type { Box } from '@mam/enrichment';
import type { NewSegment } from '../../repositories/enrichment-segments.repository';

/** A face as it counts for where its person is on screen: the keyframe window it stands for. */
export interface FaceWindow {
  personId: string;
  startFrame: number;
  /** Exclusive. */
  endFrame: number;
  confidence: number;
  box: Box;
}

export interface PersonSegment extends NewSegment {
  personId: string;
}

/**
 * Each person's time ranges on a version: the windows of their faces joined where they touch or
 * overlap, with the best confidence and the box where the engine was most sure. Ordered by start,
 * then person id; the same faces always give the same segments.
 */
export function personSegments(faces: readonly FaceWindow[], nameOf: (personId: string) => string): PersonSegment[] {
  const byPerson = new Map<string, FaceWindow[]>();
  for (const face of faces) byPerson.set(face.personId, [...(byPerson.get(face.personId) ?? []), face]);
  const segments: PersonSegment[] = [];
  for (const [personId, windows] of byPerson) {
    const ordered = [...windows].sort((a, b) => a.startFrame - b.startFrame || a.endFrame - b.endFrame);
    let open: PersonSegment | undefined;
    for (const face of ordered) {
      if (open && face.startFrame <= open.endFrame) {
        open.endFrame = Math.max(open.endFrame, face.endFrame);
        if (face.confidence > open.confidence) Object.assign(open, { confidence: face.confidence, box: face.box });
        continue;
      }
      open = {
        personId,
        text: nameOf(personId),
        startFrame: face.startFrame,
        endFrame: face.endFrame,
        confidence: face.confidence,
        box: face.box,
      };
      segments.push(open);
    }
  }
  return segments.sort((a, b) => a.startFrame - b.startFrame || a.personId.localeCompare(b.personId));
}
