import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultToolCommand,
  deliveryArgs,
  findDeliveryPreset,
  makeDeliveries,
  probeMedia,
  type DeliveryRequest,
  type DeliverySource,
} from '@mam/media';
import { fmt, sized, smoke, timed } from './support';

const SECONDS = sized('BENCH_DISTRIBUTION_SECONDS', 60, 1);
/** The master's picture: 1080p25 for the real figures; `BENCH_DISTRIBUTION_SIZE` (e.g. 640x360) for a quick run. */
const SIZE = process.env.BENCH_DISTRIBUTION_SIZE || (smoke ? '640x360' : '1920x1080');
const PROFILES = ['web-h264-1080p', 'prores-422-hq', 'dnxhr-hq-mxf', 'xdcam-hd422', 'hls-ladder'];
const EXTENSIONS: Record<string, string> = { mp4: '.mp4', mov: '.mov', mxf: '.mxf' };
const memoryBytes = 8 * 1024 ** 3;

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

/** A mezzanine master: testsrc2 in H.264 at a high quality, a stereo tone in PCM, a start timecode. */
function makeMaster(path: string): Promise<void> {
  return ffmpegBare([
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${SIZE}:rate=25`,
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=48000',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=660:sample_rate=48000',
    '-filter_complex',
    '[1:a][2:a]amerge=inputs=2[a]',
    '-map',
    '0:v',
    '-map',
    '[a]',
    '-t',
    String(SECONDS),
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '16',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'pcm_s24le',
    '-timecode',
    '10:00:00:00',
    path,
  ]);
}

const requestsIn = (dir: string, ids: string[]): DeliveryRequest[] =>
  ids.map((id) => {
    const spec = findDeliveryPreset(id)!.spec;
    // An HLS ladder's target is its folder.
    return {
      id,
      spec,
      target: spec.container === 'hls' ? join(dir, id) : join(dir, id, `out${EXTENSIONS[spec.container]}`),
    };
  });

/**
 * Five profiles (web H.264, ProRes HQ, DNxHR HQ, XDCAM HD422, HLS ladder) from one master: our
 * one-decode delivery (probe, loudness measured once, one ffmpeg run, every output verified)
 * against the bare ffmpeg command with the same arguments, and against one delivery per profile
 * (and its bare commands), all in the same run.
 */
export async function benchDistribution(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-distribution-'));
  try {
    const master = join(dir, 'master.mov');
    await makeMaster(master);
    const probed = await probeMedia(master);
    const video = probed.streams.find((s) => s.type === 'video')!;
    const source: DeliverySource = {
      input: master,
      hasVideo: true,
      hasAudio: true,
      frameRate: video.frameRate,
      durationSeconds: probed.durationSeconds!,
      startTimecode: probed.startTimecode,
      width: video.width,
      height: video.height,
    };
    const fresh = (name: string) => {
      const folder = join(dir, name);
      rmSync(folder, { recursive: true, force: true });
      for (const id of PROFILES) mkdirSync(join(folder, id), { recursive: true });
      return folder;
    };

    const ours = await timed(() => makeDeliveries(master, requestsIn(fresh('ours'), PROFILES), { memoryBytes }));
    const failed = ours.result.outcomes.filter((o) => o.status !== 'verified');
    if (failed.length) throw new Error(`not verified: ${failed.map((o) => `${o.id}: ${o.reason}`).join('; ')}`);
    // The bare commands get the very arguments our run built, the loudness plans included.
    const plans = new Map(ours.result.outcomes.map((o) => [o.id, o.loudnessPlan?.filter ?? null]));
    const plansOf = (requests: DeliveryRequest[]) =>
      requests.map((r) => ({ spec: r.spec, target: r.target, audioFilter: plans.get(r.id) }));
    const bare = await timed(() => ffmpegBare(deliveryArgs(source, plansOf(requestsIn(fresh('bare'), PROFILES)))));

    const oursEach = await timed(async () => {
      const folder = fresh('ours-each');
      for (const id of PROFILES) await makeDeliveries(master, requestsIn(folder, [id]), { memoryBytes });
    });
    const bareEach = await timed(async () => {
      const folder = fresh('bare-each');
      for (const id of PROFILES) await ffmpegBare(deliveryArgs(source, plansOf(requestsIn(folder, [id]))));
    });

    const label = `${PROFILES.length} profiles from a ${SECONDS} s ${SIZE} master`;
    process.stdout.write(
      [
        `${label}`,
        `  ours, one decode (probe, loudness, one ffmpeg run, verify): ${fmt(ours.seconds)} s`,
        `  bare ffmpeg, the same one-decode command:                  ${fmt(bare.seconds)} s`,
        `  ours, one delivery per profile:                            ${fmt(oursEach.seconds)} s`,
        `  bare ffmpeg, one command per profile:                      ${fmt(bareEach.seconds)} s`,
        `  one-decode ratio (ours / bare): ${fmt(ours.seconds / bare.seconds)} (aim <= 1.05)`,
        `  one decode speed-up (ours per profile / ours one decode): ${fmt(oursEach.seconds / ours.seconds)}x (aim >= 1.3)`,
        `  bare speed-up (bare per profile / bare one decode): ${fmt(bareEach.seconds / bare.seconds)}x`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
