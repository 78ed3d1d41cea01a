import { formatRational } from './rational';
import { audioStreams, primaryVideoStream } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

/** The technical facts of one delivered file as probed after it was made, for a manifest. */
export interface OutputFileFacts {
  /** The file, relative to its output's folder. */
  file: string;
  container: string;
  durationSeconds: number | null;
  bitRate: number | null;
  startTimecode: string | null;
  video: {
    codec: string | null;
    profile: string | null;
    width: number | null;
    height: number | null;
    displayAspectRatio: string | null;
    frameRate: string | null;
    frameCount: number | null;
    pixelFormat: string | null;
    fieldOrder: string | null;
    colour: { primaries: string | null; transfer: string | null; matrix: string | null };
  } | null;
  audio: { codec: string | null; channels: number | null; sampleRate: number | null; bitDepth: number | null }[];
}

/** What a manifest says of one probed file. Pure. */
export function outputFacts(file: string, probe: TechnicalMetadata): OutputFileFacts {
  const video = primaryVideoStream(probe);
  return {
    file,
    container: probe.container,
    durationSeconds: probe.durationSeconds,
    bitRate: probe.bitRate,
    startTimecode: probe.startTimecode,
    video: video
      ? {
          codec: video.codec,
          profile: video.profile,
          width: video.width,
          height: video.height,
          displayAspectRatio: video.displayAspectRatio
            ? `${video.displayAspectRatio.num}:${video.displayAspectRatio.den}`
            : null,
          frameRate: video.frameRate ? formatRational(video.frameRate) : null,
          frameCount: video.frameCount,
          pixelFormat: video.pixelFormat,
          fieldOrder: video.fieldOrder,
          colour: { primaries: video.colorPrimaries, transfer: video.colorTransfer, matrix: video.colorSpace },
        }
      : null,
    audio: audioStreams(probe).map((track) => ({
      codec: track.codec,
      channels: track.channels,
      sampleRate: track.sampleRate,
      bitDepth: track.bitDepth,
    })),
  };
}
