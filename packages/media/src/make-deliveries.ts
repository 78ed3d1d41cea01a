import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cropWindowSize, followFaces, type CropKey, type FaceSample } from './crop-window';
import {
  deliveryArgs,
  HLS_FILES,
  IMAGE_FILES,
  outputFrameRate,
  outputTimecode,
  type DeliverySource,
} from './delivery-args';
import type { DeliveryProfileSpec } from './delivery-profile';
import { MediaError } from './errors';
import {
  measureLoudness,
  planLoudness,
  type LoudnessMeasurement,
  type LoudnessPlan,
  type ProgrammeSource,
} from './loudness';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { outputFacts, type OutputFileFacts } from './output-facts';
import { runFfmpeg } from './run-ffmpeg';
import { audioStreams, primaryVideoStream } from './streams';
import type { TechnicalMetadata } from './technical-metadata';
import { verifyDeliveryOutput, type DeliveryExpectation } from './verify-delivery';

export interface DeliveryRequest {
  /** The caller's name for this output (a profile id). */
  id: string;
  spec: DeliveryProfileSpec;
  /** A file for single-file containers, a folder for `hls` and `images`. */
  target: string;
}

export interface DeliveryOutcome {
  id: string;
  /** verified: made and checked against its profile; failed: not made, or made but not as the profile says. */
  status: 'verified' | 'failed';
  reason: string | null;
  /** Each way the output differs from its profile (empty when verified). */
  differences: string[];
  /** The files made, relative to the target's folder (an HLS ladder or an image set has many). */
  files: string[];
  /** How the level was set, and the loudness measured on the output. */
  loudnessPlan: LoudnessPlan | null;
  loudness: LoudnessMeasurement | null;
  /** Each file's technical facts as probed for verification (a manifest's content); empty when not made. */
  facts: OutputFileFacts[];
}

export interface MakeDeliveriesOptions extends MediaJobOptions {
  /** Faces found in the master, for profiles framed by `faces`; those fall back to the middle without them. */
  faces?: FaceSample[] | null;
  /** Each output's progress, 0..1 (all outputs of one run advance together: one decode feeds them). */
  onOutputProgress?: (id: string, fraction: number) => void;
}

export interface DeliveryRun {
  master: TechnicalMetadata;
  masterLoudness: LoudnessMeasurement | null;
  outcomes: DeliveryOutcome[];
}

const failed = (id: string, reason: string): DeliveryOutcome => ({
  id,
  status: 'failed',
  reason,
  differences: [],
  files: [],
  loudnessPlan: null,
  loudness: null,
  facts: [],
});

function programmeOf(probe: TechnicalMetadata): ProgrammeSource {
  const audio = audioStreams(probe);
  return audio.length >= 2 && audio[0].channels === 1 && audio[1].channels === 1
    ? { kind: 'mono-pair', first: 0 }
    : { kind: 'track', track: 0 };
}

async function verifyFile(
  path: string,
  spec: DeliveryProfileSpec,
  expected: DeliveryExpectation,
  options: MediaJobOptions,
): Promise<{ differences: string[]; loudness: LoudnessMeasurement | null; facts: OutputFileFacts }> {
  const probe = await probeMedia(path, { signal: options.signal, tools: options.tools });
  const loudness =
    spec.audio?.loudness && audioStreams(probe).length
      ? await measureLoudness(path, {
          tools: options.tools,
          signal: options.signal,
          programme: programmeOf(probe),
          memoryBytes: options.memoryBytes,
        })
      : null;
  return {
    differences: verifyDeliveryOutput(spec, probe, expected, loudness),
    loudness,
    facts: outputFacts(basename(path), probe),
  };
}

async function verifyOutput(
  request: DeliveryRequest,
  source: DeliverySource,
  options: MediaJobOptions,
): Promise<Omit<DeliveryOutcome, 'id' | 'loudnessPlan' | 'status' | 'reason'>> {
  const { spec, target } = request;
  const rate = spec.video ? outputFrameRate(spec.video, source) : null;
  const expected: DeliveryExpectation = {
    durationSeconds: source.durationSeconds,
    frameRate: rate,
    startTimecode: spec.timecode === 'source' ? outputTimecode(source, rate) : null,
  };
  if (spec.container === 'images' && spec.images) {
    const files = (await readdir(target)).sort();
    const poster = await verifyFile(
      join(target, IMAGE_FILES.poster),
      spec,
      { ...expected, width: spec.images.width },
      options,
    );
    const differences = poster.differences.map((d) => `poster ${d}`);
    const facts = [poster.facts];
    const thumbnails = files.filter((file) => /^thumb-\d{3}\.jpg$/.test(file));
    if (thumbnails.length !== spec.images.thumbnails)
      differences.push(`thumbnails: expected ${spec.images.thumbnails}, got ${thumbnails.length}`);
    for (const file of thumbnails) {
      const checked = await verifyFile(join(target, file), spec, { ...expected, width: spec.images.width }, options);
      differences.push(...checked.differences.map((d) => `${file} ${d}`));
      facts.push(checked.facts);
    }
    return { differences, files, loudness: null, facts };
  }
  if (spec.container === 'hls' && spec.hls && spec.video) {
    const files = (await readdir(target)).sort();
    const master = await readFile(join(target, HLS_FILES.master), 'utf8').catch(() => '');
    const differences: string[] = [];
    const variants = master.split('\n').filter((line) => line.startsWith('#EXT-X-STREAM-INF')).length;
    if (variants !== spec.hls.rungs.length)
      differences.push(`master playlist: expected ${spec.hls.rungs.length} variants, got ${variants}`);
    let loudness: LoudnessMeasurement | null = null;
    const facts: OutputFileFacts[] = [];
    for (const [r, rung] of spec.hls.rungs.entries()) {
      const width = Math.round((spec.video.width * rung.height) / spec.video.height / 2) * 2;
      const checked = await verifyFile(
        join(target, HLS_FILES.variant(r)),
        spec,
        { ...expected, startTimecode: null, width, height: rung.height },
        options,
      );
      differences.push(...checked.differences.map((d) => `rung ${rung.height}p ${d}`));
      loudness ??= checked.loudness;
      facts.push(checked.facts);
    }
    return { differences, files, loudness, facts };
  }
  const checked = await verifyFile(target, spec, expected, options);
  return { ...checked, facts: [checked.facts], files: [basename(target)] };
}

/** The crop window's path for a profile framed by the faces, when the master's faces and size are known. */
function cropPathFor(
  spec: DeliveryProfileSpec,
  source: DeliverySource,
  faces: FaceSample[] | null | undefined,
): CropKey[] | null {
  if (spec.video?.framing?.fit !== 'faces' || !faces?.length || !source.width || !source.height) return null;
  const master = { width: source.width, height: source.height };
  return followFaces(master, cropWindowSize(master, spec.video), faces);
}

/**
 * Makes every requested output of one master in one ffmpeg process (one decode, many encodes),
 * each at its own loudness target (two passes: the master measured once, each output's level
 * planned from it), then probes every output and checks it against its profile. An output that
 * cannot be made from this master (sound asked of a silent master) fails alone with the reason;
 * an output that differs from its profile fails naming each difference.
 */
export async function makeDeliveries(
  input: string,
  requests: DeliveryRequest[],
  options: MakeDeliveriesOptions = {},
): Promise<DeliveryRun> {
  const master = await probeMedia(input, { signal: options.signal, tools: options.tools });
  const video = primaryVideoStream(master);
  const hasAudio = audioStreams(master).length > 0;
  const source: DeliverySource = {
    input,
    hasVideo: Boolean(video),
    hasAudio,
    frameRate: video?.frameRate ?? null,
    durationSeconds: master.durationSeconds ?? 0,
    startTimecode: master.startTimecode,
    width: video?.width ?? null,
    height: video?.height ?? null,
  };
  if (!source.durationSeconds) throw new MediaError('the master does not say how long it is');
  const outcomes = new Map<string, DeliveryOutcome>();
  const runnable = requests.filter((request) => {
    const needsVideo = Boolean(request.spec.video) || request.spec.container === 'images';
    if (needsVideo && !source.hasVideo)
      outcomes.set(request.id, failed(request.id, 'the master has no picture for a video profile'));
    else if (request.spec.audio && !hasAudio && !request.spec.video)
      outcomes.set(request.id, failed(request.id, 'the master has no audio for an audio profile'));
    else if (request.spec.audio && !hasAudio)
      outcomes.set(request.id, failed(request.id, 'the master has no audio; the profile needs sound'));
    else return true;
    return false;
  });
  const measuring = runnable.some((request) => request.spec.audio?.loudness);
  const masterLoudness = measuring
    ? await measureLoudness(input, {
        tools: options.tools,
        signal: options.signal,
        programme: programmeOf(master),
        memoryBytes: options.memoryBytes,
      })
    : null;
  const plans = new Map(
    runnable.map((request) => [
      request.id,
      request.spec.audio?.loudness && masterLoudness ? planLoudness(masterLoudness, request.spec.audio.loudness) : null,
    ]),
  );
  if (runnable.length) {
    for (const request of runnable)
      await mkdir(['hls', 'images'].includes(request.spec.container) ? request.target : dirname(request.target), {
        recursive: true,
      });
    const args = deliveryArgs(
      source,
      runnable.map((request) => ({
        spec: request.spec,
        target: request.target,
        audioFilter: plans.get(request.id)?.filter,
        cropPath: cropPathFor(request.spec, source, options.faces),
      })),
    );
    await runFfmpeg(args, {
      ...options,
      durationSeconds: source.durationSeconds,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs(source.durationSeconds) * Math.max(1, runnable.length / 2),
      onProgress: (fraction) => runnable.forEach((request) => options.onOutputProgress?.(request.id, fraction)),
    });
    // Every output checked at once: probes and loudness passes are short and leave cores idle one by one.
    const verified = await Promise.all(runnable.map((request) => verifyOutput(request, source, options)));
    for (const [i, request] of runnable.entries()) {
      const checked = verified[i];
      const passed = checked.differences.length === 0;
      outcomes.set(request.id, {
        id: request.id,
        status: passed ? 'verified' : 'failed',
        reason: passed ? null : `verification failed: ${checked.differences.join('; ')}`,
        ...checked,
        loudnessPlan: plans.get(request.id) ?? null,
      });
    }
  }
  return { master, masterLoudness, outcomes: requests.map((request) => outcomes.get(request.id)!) };
}
