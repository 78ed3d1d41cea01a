import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultToolCommand } from './media-tools';

/** Runs ffmpeg to make test media; throws with its stderr when it fails. */
export function ffmpegSync(args: string[]): void {
  const result = spawnSync(defaultToolCommand('ffmpeg'), ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
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
    '-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=${rate}`,
    ...(audio ? ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'] : []),
    '-t', String(options.seconds),
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p',
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
    for (let at = 0; at + 8 <= size && types.length < 64; ) {
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
