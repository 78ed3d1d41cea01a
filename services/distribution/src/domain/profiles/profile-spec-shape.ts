import { z } from '@mam/config';
import type { DeliveryProfileSpec } from '@mam/media';

const loudness = z.object({ integrated: z.number(), truePeak: z.number(), range: z.number() }).strict();

/** The shape of a profile's settings as a client sends them; what they mean is checked by validateDeliveryProfile. */
export const profileSpecShape = z
  .object({
    container: z.enum(['mp4', 'mov', 'webm', 'mxf', 'wav', 'mp3', 'hls', 'images']),
    timecode: z.enum(['source', 'none']).default('none'),
    faststart: z.boolean().optional(),
    video: z
      .object({
        codec: z.enum(['h264', 'hevc', 'vp9', 'prores', 'dnxhd', 'mpeg2video']),
        profile: z.string().max(40).optional(),
        width: z.number(),
        height: z.number(),
        frameRate: z.string().max(20).default('source'),
        scan: z.enum(['progressive', 'tff', 'bff']).default('progressive'),
        pixelFormat: z.string().max(40),
        bitRateKbps: z.number().optional(),
        quality: z.number().optional(),
        gop: z.number().optional(),
        colour: z.string().max(20).optional(),
        framing: z
          .object({
            fit: z.enum(['pad', 'crop', 'faces']),
            background: z.string().max(20).optional(),
            titleSafe: z.boolean().optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    audio: z
      .object({
        codec: z.enum(['aac', 'opus', 'mp3', 'pcm_s16le', 'pcm_s24le']),
        channels: z.number(),
        tracks: z.number().default(1),
        sampleRate: z.number(),
        bitDepth: z.number().optional(),
        bitRateKbps: z.number().optional(),
        loudness: loudness.optional(),
      })
      .strict()
      .optional(),
    hls: z
      .object({
        segmentSeconds: z.number(),
        segmentType: z.enum(['ts', 'fmp4']),
        rungs: z.array(z.object({ height: z.number(), bitRateKbps: z.number() }).strict()).max(8),
      })
      .strict()
      .optional(),
    images: z.object({ width: z.number(), thumbnails: z.number() }).strict().optional(),
  })
  .strict();

export type ParsedSpec = z.infer<typeof profileSpecShape> & DeliveryProfileSpec;
