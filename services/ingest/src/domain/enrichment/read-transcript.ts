import { groupIntoSegments, toSrt, toWebVtt, type EngineIdentity, type TimedWord } from '@mam/enrichment';
import { secondsToFrames } from '@mam/media';
import { framesToTimecode } from '@mam/timecode';
import type { EntityManager } from 'typeorm';
import { enrichmentSegmentsRepository } from '../../repositories/enrichment-segments.repository';
import { transcriptsRepository } from '../../repositories/transcripts.repository';

type Db = Pick<EntityManager, 'query'>;
type Rate = { num: number; den: number };

export interface TranscriptWordView {
  text: string;
  startFrame: number;
  endFrame: number;
  confidence: number;
}

export interface TranscriptSegmentView {
  id: string;
  index: number;
  startFrame: number;
  endFrame: number;
  frameRate: string;
  timecode: string;
  text: string;
  corrected: boolean;
  correctedBy: string | null;
  correctedAt: string | null;
  words: TranscriptWordView[];
}

export interface TranscriptView {
  language: string;
  engine: EngineIdentity;
  segments: TranscriptSegmentView[];
  vtt: string;
  srt: string;
}

const frameToMs = (frame: number, rate: Rate) => (frame * rate.den * 1000) / rate.num;

/** A word in frames, kept inside its segment's frames (the segment is what captions and search show). */
function wordInFrames(word: TimedWord, rate: Rate, segment: { start: number; end: number }): TranscriptWordView {
  const clamp = (frame: number) => Math.min(segment.end, Math.max(segment.start, frame));
  const startFrame = clamp(secondsToFrames(word.startMs / 1000, rate, 'floor'));
  return {
    text: word.text.trim(),
    startFrame,
    endFrame: Math.max(startFrame, clamp(secondsToFrames(word.endMs / 1000, rate, 'ceil'))),
    confidence: word.confidence,
  };
}

/**
 * A version's transcript as people read it: the stored transcript segments (corrections applied)
 * with the engine's words of each, and the same segments as WebVTT and SRT. The words of segment i
 * are the i-th group of the stored words, grouped as the transcript step grouped them.
 */
export async function readTranscript(db: Db, versionId: string): Promise<TranscriptView | undefined> {
  const transcript = await transcriptsRepository.find(db, versionId);
  if (!transcript) return undefined;
  const rate = { num: transcript.frame_rate_numerator, den: transcript.frame_rate_denominator };
  const [rows, corrections] = await Promise.all([
    enrichmentSegmentsRepository.ofKind(db, versionId, 'transcript'),
    transcriptsRepository.corrections(db, versionId),
  ]);
  const corrected = new Map(corrections.map((correction) => [correction.segment_index, correction]));
  const heard = groupIntoSegments(transcript.words);
  const segments = rows.map((row): TranscriptSegmentView => {
    const frames = { start: Number(row.start_frame), end: Number(row.end_frame) };
    return {
      id: row.id,
      index: row.position,
      startFrame: frames.start,
      endFrame: frames.end,
      frameRate: `${row.frame_rate_numerator}/${row.frame_rate_denominator}`,
      timecode: framesToTimecode(frames.start, rate),
      text: row.text,
      corrected: corrected.has(row.position),
      correctedBy: corrected.get(row.position)?.corrected_by ?? null,
      correctedAt: corrected.get(row.position)?.corrected_at.toISOString() ?? null,
      words: (heard[row.position]?.words ?? []).map((word) => wordInFrames(word, rate, frames)),
    };
  });
  const cues = segments.map((segment) => ({
    startMs: frameToMs(segment.startFrame, rate),
    endMs: frameToMs(segment.endFrame, rate),
    text: segment.text,
    words: [],
  }));
  return { language: transcript.language, engine: transcript.engine, segments, vtt: toWebVtt(cues), srt: toSrt(cues) };
}
