import { detectFileType } from './detect-file-type';
import { probeImage } from './image-metadata';
import { makeAudioProxy, type AudioProxyOptions } from './make-audio-proxy';
import { makeDocumentPreview, type DocumentPreviewOptions } from './make-document-preview';
import { makeFilmstrip, type FilmstripOptions } from './make-filmstrip';
import { makeImagePreviews, type ImagePreviewOptions } from './make-image-previews';
import { makePoster, type PosterOptions } from './make-poster';
import { makeSceneThumbnails, type SceneThumbnailOptions } from './make-scene-thumbnails';
import { makeVideoProxy, type VideoProxyOptions } from './make-video-proxy';
import { makeWaveform, type MakeWaveformOptions } from './make-waveform';
import type { MediaTools } from './media-options';
import { probeMedia, type ProbeOptions } from './probe';

/** Settings a service applies to every media call; each call may still override them. */
export interface MediaSettings {
  tools?: MediaTools;
  /** Wall-clock limit of one ffmpeg run; default scales with the media's duration. */
  timeoutMs?: number;
  /** Address-space cap of one ffmpeg run; null for none. */
  memoryBytes?: number | null;
  limitInputPixels?: number;
  /** Default proxy height. */
  proxyHeight?: number;
}

/** The media functions with a service's settings applied, to hand to the parts that need them. */
export function createMedia(settings: MediaSettings = {}) {
  const { tools, timeoutMs, memoryBytes, limitInputPixels, proxyHeight } = settings;
  const job = <T extends object>(options: T | undefined) => ({ tools, timeoutMs, memoryBytes, ...options });
  const image = <T extends object>(options: T | undefined) => ({ limitInputPixels, timeoutMs, ...options });
  return {
    detectFileType,
    probeMedia: (path: string, options?: ProbeOptions) => probeMedia(path, { tools, ...options }),
    probeImage: (path: string) => probeImage(path, { limitInputPixels }),
    makeVideoProxy: (input: string, output: string, options?: VideoProxyOptions) =>
      makeVideoProxy(input, output, { height: proxyHeight, ...job(options) }),
    makeAudioProxy: (input: string, output: string, options?: AudioProxyOptions) =>
      makeAudioProxy(input, output, job(options)),
    makePoster: (input: string, output: string, options?: PosterOptions) => makePoster(input, output, job(options)),
    makeSceneThumbnails: (input: string, outDir: string, options?: SceneThumbnailOptions) =>
      makeSceneThumbnails(input, outDir, job(options)),
    makeFilmstrip: (input: string, output: string, options?: FilmstripOptions) =>
      makeFilmstrip(input, output, job(options)),
    makeWaveform: (input: string, output: string, options?: MakeWaveformOptions) =>
      makeWaveform(input, output, job(options)),
    makeImagePreviews: (input: string, outDir: string, options?: ImagePreviewOptions) =>
      makeImagePreviews(input, outDir, image(options)),
    makeDocumentPreview: (input: string, outDir: string, options?: DocumentPreviewOptions) =>
      makeDocumentPreview(input, outDir, { tools, timeoutMs, memoryBytes, ...options }),
  };
}

export type Media = ReturnType<typeof createMedia>;
