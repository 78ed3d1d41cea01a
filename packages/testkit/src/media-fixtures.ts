import { spawnSync } from 'node:child_process';
import { defaultToolCommand } from '@mam/media';

/** Runs ffmpeg to make a test file; throws with ffmpeg's own words if it fails. */
export function ffmpeg(args: string[]): void {
  const result = spawnSync(
    defaultToolCommand('ffmpeg'),
    ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${result.stderr}`);
}

/** ffprobe's JSON view of a file. */
export function ffprobe(path: string): { format: Record<string, any>; streams: Record<string, any>[] } {
  const result = spawnSync(
    defaultToolCommand('ffprobe'),
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffprobe ${path} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** A test clip: moving test pattern with a tone, H.264/AAC in MP4, with a start timecode. */
export function makeClip(
  path: string,
  options: { seconds: number; width?: number; height?: number; rate?: string; audio?: boolean; timecode?: string },
): string {
  const { width = 1920, height = 1080, rate = '25', audio = true } = options;
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${width}x${height}:rate=${rate}`,
    ...(audio ? ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'] : []),
    '-t',
    String(options.seconds),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    ...(audio ? ['-c:a', 'aac', '-b:a', '96k'] : []),
    ...(options.timecode ? ['-timecode', options.timecode] : []),
    path,
  ]);
  return path;
}
