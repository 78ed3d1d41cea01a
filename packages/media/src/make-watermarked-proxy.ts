import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { audioStreams, requireVideoStream } from './streams';
import { watermarkArgs } from './watermark-args';

export interface WatermarkOptions extends MediaJobOptions {
  /** A TrueType font; fontconfig's sans-serif when not given. */
  fontFile?: string;
}

export interface WatermarkedProxy {
  file: string;
  width: number;
  height: number;
  durationSeconds: number | null;
}

/** Longest watermark text burnt in; longer text is cut (a name and an email fit many times over). */
const MAX_TEXT = 200;

/** Writes a copy of a proxy with a line of text (who may watch it) burnt into every frame. */
export async function makeWatermarkedProxy(
  input: string,
  output: string,
  text: string,
  options: WatermarkOptions = {},
): Promise<WatermarkedProxy> {
  const source = await probeMedia(input, { signal: options.signal, tools: options.tools });
  const video = requireVideoStream(source);
  if (!video.height) throw new MediaError('the proxy has no picture size');
  const folder = await mkdtemp(join(tmpdir(), 'mam-watermark-'));
  const textFile = join(folder, 'text.txt');
  // One line of printable text: control characters would draw as boxes or break the line.
  await writeFile(textFile, text.replace(/[\p{Cc}\p{Cf}]/gu, ' ').slice(0, MAX_TEXT), 'utf8');
  await ensureParentDir(output);
  try {
    await runFfmpeg(
      watermarkArgs({
        input,
        output,
        textFile,
        height: video.height,
        fontFile: options.fontFile,
        hasAudio: audioStreams(source).length > 0,
      }),
      {
        ...options,
        durationSeconds: source.durationSeconds,
        timeoutMs: options.timeoutMs ?? defaultTimeoutMs(source.durationSeconds),
      },
    );
    const made = requireVideoStream(await probeMedia(output, { signal: options.signal, tools: options.tools }));
    return { file: output, width: made.width ?? 0, height: made.height ?? 0, durationSeconds: source.durationSeconds };
  } catch (error) {
    await removeQuietly(output);
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
