import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultToolCommand } from './media-tools';

/** Runs ffmpeg to make test media; throws with its stderr when it fails. */
export function ffmpegSync(args: string[]): void {
  const result = spawnSync(
    defaultToolCommand('ffmpeg'),
    ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${result.stderr}`);
}

export function makeTempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `mam-media-${name}-`));
}

export interface ClipOptions {
  seconds: number;
  size?: string;
  rate?: string;
  audio?: boolean;
  timecode?: string;
  /** Output options placed before the path, e.g. a codec or a container. */
  extra?: string[];
}

/** A testsrc2 clip with a 440 Hz tone, H.264/AAC unless `extra` says otherwise. */
export function makeClip(path: string, options: ClipOptions): string {
  const { size = '320x180', rate = '25', audio = true } = options;
  ffmpegSync([
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${size}:rate=${rate}`,
    ...(audio ? ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'] : []),
    '-t',
    String(options.seconds),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    ...(audio ? ['-c:a', 'aac'] : []),
    ...(options.timecode ? ['-timecode', options.timecode] : []),
    ...(options.extra ?? []),
    path,
  ]);
  return path;
}

/** Types of an MP4/MOV file's top-level boxes, in file order, read from their headers only. */
export function topLevelBoxes(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(16);
    const types: string[] = [];
    for (let at = 0; at + 8 <= size && types.length < 64;) {
      readSync(fd, header, 0, 16, at);
      const boxSize = header.readUInt32BE(0);
      types.push(header.toString('latin1', 4, 8));
      const length = boxSize === 1 ? Number(header.readBigUInt64BE(8)) : boxSize === 0 ? size - at : boxSize;
      if (length < 8) break;
      at += length;
    }
    return types;
  } finally {
    closeSync(fd);
  }
}

/** 30 frames of a variable-rate clip: ten at 10 fps, then twenty at 40 fps (1.5 s in all). */
export function makeVariableRateClip(path: string): string {
  ffmpegSync([
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=160x90:rate=30',
    '-frames:v',
    '30',
    '-vf',
    "setpts='if(lt(N,10),N*0.1,1+(N-10)*0.025)/TB'",
    '-fps_mode',
    'passthrough',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    path,
  ]);
  return path;
}

/** Truly interlaced 25i: fields woven from 50p motion, coded as interlaced with the field order flagged. */
export function makeInterlacedClip(path: string, order: 'tff' | 'bff' = 'tff'): string {
  ffmpegSync([
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=320x240:rate=50',
    '-t',
    '0.8',
    '-vf',
    `tinterlace=${order === 'tff' ? 'interleave_top' : 'interleave_bottom'},setfield=${order}`,
    '-flags',
    '+ildct+ilme',
    '-c:v',
    'libx264',
    '-x264opts',
    order === 'tff' ? 'tff=1' : 'bff=1',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    path,
  ]);
  return path;
}

/** Presentation times of a file's video frames, decoded (ffprobe -show_frames). */
export function frameTimes(path: string): number[] {
  const result = spawnSync(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', path],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffprobe ${path} failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => Number(line.split(',')[0]));
}

/** ffmpeg's idet verdict on a file: single-frame counts of interlaced (TFF + BFF) and progressive frames. */
export function interlaceDetection(path: string): { interlaced: number; progressive: number } {
  const result = spawnSync(
    'ffmpeg',
    ['-nostdin', '-hide_banner', '-nostats', '-i', path, '-map', '0:v:0', '-vf', 'idet', '-f', 'null', '-'],
    { encoding: 'utf8' },
  );
  const line = /Single frame detection: TFF:\s*(\d+) BFF:\s*(\d+) Progressive:\s*(\d+)/.exec(result.stderr);
  if (!line) throw new Error(`idet said nothing for ${path}: ${result.stderr.slice(-500)}`);
  return { interlaced: Number(line[1]) + Number(line[2]), progressive: Number(line[3]) };
}
