import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { groupIntoSegments } from '@mam/enrichment';
import { extractSpeechAudio, MediaError, secondsToFrames } from '@mam/media';
import { EnrichmentSkippedError } from '../../jobs/enrichment-engines';
import type { EnrichmentStep } from '../../jobs/enrichment-registry';
import { replaceSegments } from '../../domain/enrichment/replace-segments';
import { technicalMetadataRepository } from '../../repositories/technical-metadata.repository';
import { transcriptsRepository } from '../../repositories/transcripts.repository';
import { uploadsRepository } from '../../repositories/uploads.repository';
import { openMaster } from '../master-input';
import { versionTiming } from './version-timing';

/**
 * Speech to text for a version: its sound as a 16 kHz mono WAV, the speech engine's timed words
 * stored as the version's transcript, and the words grouped into segments (frames at the version's
 * rate) that replace the earlier transcript segments; people's corrections stay on top of them.
 */
export const transcriptStep: EnrichmentStep = async (job, identity, engines, context) => {
  const speech = engines.speech;
  if (!speech) throw new EnrichmentSkippedError('the engine left this instance');
  const { dataSource, config } = context;
  const upload = await uploadsRepository.findByVersion(dataSource, job.version_id);
  if (!upload) throw new MediaError(`no upload recorded for version ${job.version_id}`);
  const { rate, endFrame } = versionTiming(await technicalMetadataRepository.find(dataSource, job.version_id));
  const workDir = join(config.UPLOAD_DIR, '.work', job.id);
  const master = await openMaster(upload, context, workDir);
  try {
    const audio = await extractSpeechAudio(master.path, join(workDir, 'speech.wav'), {
      signal: context.signal,
      niceness: config.ENRICHMENT_NICENESS,
      onProgress: (fraction) => context.onProgress(0.2 * fraction),
    });
    context.onProgress(0.2);
    const transcription = await speech.transcribe(audio.file, { signal: context.signal });
    context.onProgress(0.9);
    const frame = (ms: number) => Math.min(endFrame, secondsToFrames(ms / 1000, rate, 'floor'));
    const segments = groupIntoSegments(transcription.words).map((segment) => ({
      text: segment.text,
      startFrame: frame(segment.startMs),
      endFrame: Math.max(
        frame(segment.startMs) + 1,
        Math.min(endFrame, secondsToFrames(segment.endMs / 1000, rate, 'ceil')),
      ),
      confidence: segment.words.reduce((sum, word) => sum + word.confidence, 0) / Math.max(1, segment.words.length),
      box: null,
    }));
    await dataSource.transaction(async (manager) => {
      // A person's correction of a segment stays on top of what the engine hears now.
      const corrected = new Map(
        (await transcriptsRepository.corrections(manager, job.version_id)).map((c) => [c.segment_index, c.text]),
      );
      await transcriptsRepository.save(manager, {
        version_id: job.version_id,
        asset_id: job.asset_id,
        language: transcription.language,
        engine: identity,
        words: transcription.words,
        rate,
      });
      await replaceSegments(
        manager,
        { assetId: job.asset_id, versionId: job.version_id, kind: 'transcript', rate },
        identity,
        segments.map((segment, i) => ({ ...segment, text: corrected.get(i) ?? segment.text })),
      );
    });
    return { engine: identity, segments: segments.length };
  } finally {
    await master.release();
    await rm(workDir, { recursive: true, force: true });
  }
};
