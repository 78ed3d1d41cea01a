import type { Box } from '@mam/enrichment';

/** What an engine found on one keyframe (a label, a line of text, a logo, a face). */
export interface Finding {
  text: string;
  confidence: number;
  box: Box | null;
}

export interface KeyframeFindings {
  /** The keyframe's frame number from the start. */
  frame: number;
  found: Finding[];
}

/** One time-based finding: from its first keyframe to where the next keyframe without it starts (exclusive). */
export interface FoundSegment {
  text: string;
  startFrame: number;
  endFrame: number;
  confidence: number;
  box: Box | null;
}

const normalized = (text: string) => text.trim().replace(/\s+/g, ' ');
const sameKey = (text: string) => normalized(text).toLowerCase();

/**
 * Turns per-keyframe findings into segments: a keyframe stands for the frames up to the next
 * keyframe (the last one up to `endFrame`), and the same label or text (case and spacing aside) on
 * neighbouring keyframes becomes one segment spanning them, with its best confidence and the box
 * where it was most sure. Deterministic: the same findings give the same segments in the same order.
 */
export function mergeKeyframeFindings(keyframes: KeyframeFindings[], endFrame: number): FoundSegment[] {
  const ordered = [...keyframes].sort((a, b) => a.frame - b.frame);
  const open = new Map<string, FoundSegment>();
  const closed: FoundSegment[] = [];
  ordered.forEach((keyframe, i) => {
    const until = Math.max(ordered[i + 1]?.frame ?? endFrame, keyframe.frame + 1);
    const here = new Map<string, Finding>();
    for (const finding of keyframe.found) {
      const text = normalized(finding.text);
      if (!text) continue;
      const key = sameKey(text);
      const seen = here.get(key);
      if (!seen || finding.confidence > seen.confidence) here.set(key, { ...finding, text });
    }
    for (const [key, segment] of open)
      if (!here.has(key)) {
        closed.push(segment);
        open.delete(key);
      }
    for (const [key, finding] of here) {
      const running = open.get(key);
      if (running) {
        running.endFrame = until;
        if (finding.confidence > running.confidence)
          Object.assign(running, { confidence: finding.confidence, box: finding.box });
      } else {
        open.set(key, {
          text: finding.text,
          startFrame: keyframe.frame,
          endFrame: until,
          confidence: finding.confidence,
          box: finding.box,
        });
      }
    }
  });
  closed.push(...open.values());
  return closed.sort((a, b) => a.startFrame - b.startFrame || a.text.localeCompare(b.text) || a.endFrame - b.endFrame);
}
