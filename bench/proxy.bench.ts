import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { createInProcessBus } from '@mam/events';
import { createLogger } from '@mam/logger';
import { defaultToolCommand, makeVideoProxy, probeMedia, proxyArgs } from '@mam/media';
import { ingestConfigShape, beginUpload, receiveUpload, createIngestService } from '@mam/ingest';
import { makeClip, testInfrastructure, testSecret, waitFor } from '@mam/testkit';
import { fmt, rounds, sized, smoke, timed } from './support';

const SECONDS = sized('BENCH_PROXY_SECONDS', 60, 1);
/** What a video with sound gets (planRenditions): made together from the proxy's decode. */
const VIDEO_RENDITIONS = ['proxy', 'poster', 'thumbnails', 'filmstrip', 'waveform'];

function ffmpegBare(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      defaultToolCommand('ffmpeg'),
      ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}`))));
  });
}

/** Upload complete to the proxy's first segment, the proxy, and every video rendition ready, through a fresh embedded ingest. */
async function pipelineSeconds(dir: string, clip: string, oneDecode: boolean) {
  const infra = testInfrastructure();
  const databaseUrl = `${infra.databaseUrlBase}/bench_proxy_${oneDecode ? 'one' : 'separate'}_${Date.now()}`;
  const logger = createLogger('bench', 'warn');
  const config = parseConfig(ingestConfigShape, {
    PORT: '0',
    DATABASE_URL: databaseUrl,
    GATEWAY_SIGNING_SECRET: testSecret(),
    MEDIA_SIGNING_SECRET: testSecret(),
    STORAGE_DIR: join(dir, `storage-${oneDecode}`),
    UPLOAD_DIR: join(dir, `uploads-${oneDecode}`),
    LOG_LEVEL: 'warn',
    VIDEO_ONE_DECODE: String(oneDecode),
  });
  const ingest = createIngestService(config, { bus: createInProcessBus(), logger });
  await ingest.start();
  let readySeconds = NaN;
  let firstSegmentSeconds = NaN;
  let allReadySeconds: number;
  let failed = '';
  try {
    const uploadId = `bench-${Date.now()}`;
    const accepted = await beginUpload(
      ingest.dataSource,
      { subject: 'bench', workspaceId: 'bench', roles: ['editor'], kind: 'user' },
      'mutation',
      uploadId,
      { filename: 'clip.mp4' },
    );
    copyFileSync(clip, join(config.UPLOAD_DIR, uploadId));
    const started = performance.now();
    const pipeline = await timed(async () => {
      await receiveUpload(ingest.dataSource, uploadId, statSync(clip).size);
      await waitFor(
        async () => {
          const jobs = await ingest.dataSource.query<
            { kind: string; status: string; output: { hls?: { segments: number } } | null }[]
          >(`SELECT kind, status, output FROM rendition_jobs WHERE version_id = $1`, [accepted.versionId]);
          const job = jobs.find((row) => row.kind === 'proxy');
          const seconds = (performance.now() - started) / 1000;
          // The first segment is playable once the job row points at a published playlist.
          if (
            Number.isNaN(firstSegmentSeconds) &&
            job &&
            (job.status === 'ready' || (job.output?.hls?.segments ?? 0) > 0)
          )
            firstSegmentSeconds = seconds;
          if (Number.isNaN(readySeconds) && job?.status === 'ready') readySeconds = seconds;
          const videoJobs = jobs.filter((row) => VIDEO_RENDITIONS.includes(row.kind));
          // A failed rendition ends the wait (waitFor would keep trying until its timeout).
          if (videoJobs.some((row) => row.status === 'failed')) failed = JSON.stringify(videoJobs);
          return (
            failed !== '' ||
            (videoJobs.length === VIDEO_RENDITIONS.length && videoJobs.every((row) => row.status === 'ready'))
          );
        },
        { timeoutMs: 30 * 60_000, intervalMs: 100, what: 'every video rendition' },
      );
    });
    if (failed) throw new Error(`a video rendition failed: ${failed}`);
    allReadySeconds = pipeline.seconds;
  } finally {
    await ingest.stop();
    await dropDatabase(databaseUrl).catch(() => undefined);
  }
  return { firstSegmentSeconds, readySeconds, allReadySeconds };
}

/** Our proxy step against the bare ffmpeg command with the same arguments, then upload-complete-to-proxy-ready. */
export async function benchProxy(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-proxy-'));
  const clip = makeClip(join(dir, 'clip.mp4'), {
    seconds: SECONDS,
    width: smoke ? 320 : 1920,
    height: smoke ? 180 : 1080,
    rate: '25',
    audio: true,
    timecode: '01:00:00:00',
  });
  const metadata = await probeMedia(clip);
  const video = metadata.streams.find((s) => s.type === 'video')!;
  try {
    // Alternate the two, twice, and keep each one's best run: load from elsewhere hits both alike.
    const bareRuns: number[] = [];
    const ourRuns: number[] = [];
    for (let round = 0; round < rounds(2); round++) {
      bareRuns.push(
        (
          await timed(() =>
            ffmpegBare(
              proxyArgs({
                input: clip,
                output: join(dir, 'bare.mp4'),
                height: smoke ? 120 : 720,
                frameRate: video.frameRate,
                startTimecode: metadata.startTimecode,
                hasAudio: true,
              }),
            ),
          )
        ).seconds,
      );
      ourRuns.push(
        (await timed(() => makeVideoProxy(clip, join(dir, 'ours.mp4'), { height: smoke ? 120 : 720, metadata })))
          .seconds,
      );
    }
    const bare = { seconds: Math.min(...bareRuns) };
    const ours = { seconds: Math.min(...ourRuns) };

    // Every rendition made in its own run (as before one decode), then from the proxy's decode.
    const separate = await pipelineSeconds(dir, clip, false);
    const { firstSegmentSeconds, readySeconds, allReadySeconds } = await pipelineSeconds(dir, clip, true);
    process.stdout.write(
      [
        `clip: ${SECONDS} s ${smoke ? '180p25' : '1080p25'} H.264 + AAC`,
        `bare ffmpeg, same arguments: ${fmt(bare.seconds)} s (best of ${bareRuns.map((r) => fmt(r)).join(', ')})`,
        `our proxy step:             ${fmt(ours.seconds)} s (best of ${ourRuns.map((r) => fmt(r)).join(', ')})`,
        `ratio (ours / bare): ${fmt(ours.seconds / bare.seconds, 3)}  (aim <= 1.05)`,
        `upload complete to first HLS segment playable: ${fmt(firstSegmentSeconds)} s  (aim <= 3 s)`,
        `upload complete to proxy ready (hash, probe, queue, proxy and HLS in one run): ${fmt(readySeconds)} s`,
        `upload complete to all video renditions ready (proxy, HLS, poster, thumbnails, filmstrip, waveform from one decode): ${fmt(allReadySeconds)} s`,
        `  ratio to the bare proxy command: ${fmt(allReadySeconds / bare.seconds, 3)}  (aim <= 1.1)`,
        `  ratio to the clip length: ${fmt(allReadySeconds / SECONDS, 3)}  (aim <= 0.3)`,
        `  each rendition in its own run instead: ${fmt(separate.allReadySeconds)} s (proxy ready ${fmt(separate.readySeconds)} s); one decode saves ${fmt(separate.allReadySeconds / allReadySeconds, 2)}x`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
