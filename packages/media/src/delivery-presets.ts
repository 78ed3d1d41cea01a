import type { DeliveryAudio, DeliveryFraming, DeliveryLoudness, DeliveryProfileSpec } from './delivery-profile';

export interface DeliveryPreset {
  /** Stable name, also the folder and file stem of its output. */
  id: string;
  name: string;
  spec: DeliveryProfileSpec;
}

export const LOUDNESS_TARGETS = {
  broadcast: { integrated: -23, truePeak: -1, range: 20 },
  streaming: { integrated: -14, truePeak: -1, range: 20 },
  podcast: { integrated: -16, truePeak: -1.5, range: 20 },
} satisfies Record<string, DeliveryLoudness>;

const stereo = (codec: DeliveryAudio['codec'], extra: Partial<DeliveryAudio> = {}): DeliveryAudio => ({
  codec,
  channels: 2,
  tracks: 1,
  sampleRate: 48000,
  ...extra,
});

/** A social platform's upload: H.264 High/AAC in a faststart MP4 at streaming loudness, in the platform's frame. */
const social = (id: string, name: string, width: number, height: number, framing: DeliveryFraming): DeliveryPreset => ({
  id,
  name,
  spec: {
    container: 'mp4',
    faststart: true,
    timecode: 'none',
    video: {
      codec: 'h264',
      profile: 'high',
      width,
      height,
      frameRate: 'source',
      scan: 'progressive',
      pixelFormat: 'yuv420p',
      quality: 21,
      colour: 'bt709',
      framing,
    },
    audio: stereo('aac', { bitRateKbps: 160, loudness: LOUDNESS_TARGETS.streaming }),
  },
});

/** The built-in delivery profiles every workspace has. */
export const DELIVERY_PRESETS: readonly DeliveryPreset[] = [
  {
    id: 'web-h264-1080p',
    name: 'Web H.264 1080p (MP4, faststart)',
    spec: {
      container: 'mp4',
      faststart: true,
      timecode: 'source',
      video: {
        codec: 'h264',
        profile: 'high',
        width: 1920,
        height: 1080,
        frameRate: 'source',
        scan: 'progressive',
        pixelFormat: 'yuv420p',
        quality: 20,
        colour: 'bt709',
      },
      audio: stereo('aac', { bitRateKbps: 192, loudness: LOUDNESS_TARGETS.streaming }),
    },
  },
  {
    id: 'h265-mp4',
    name: 'H.265 1080p (MP4)',
    spec: {
      container: 'mp4',
      faststart: true,
      timecode: 'source',
      video: {
        codec: 'hevc',
        profile: 'main',
        width: 1920,
        height: 1080,
        frameRate: 'source',
        scan: 'progressive',
        pixelFormat: 'yuv420p',
        quality: 26,
        colour: 'bt709',
      },
      audio: stereo('aac', { bitRateKbps: 192, loudness: LOUDNESS_TARGETS.streaming }),
    },
  },
  {
    id: 'vp9-webm',
    name: 'VP9/Opus 1080p (WebM)',
    spec: {
      container: 'webm',
      timecode: 'none',
      video: {
        codec: 'vp9',
        width: 1920,
        height: 1080,
        frameRate: 'source',
        scan: 'progressive',
        pixelFormat: 'yuv420p',
        quality: 33,
        colour: 'bt709',
      },
      audio: stereo('opus', { bitRateKbps: 128, loudness: LOUDNESS_TARGETS.streaming }),
    },
  },
  {
    id: 'prores-422-hq',
    name: 'ProRes 422 HQ (MOV)',
    spec: {
      container: 'mov',
      timecode: 'source',
      video: {
        codec: 'prores',
        profile: 'hq',
        width: 1920,
        height: 1080,
        frameRate: 'source',
        scan: 'progressive',
        pixelFormat: 'yuv422p10le',
        colour: 'bt709',
      },
      audio: stereo('pcm_s24le', { bitDepth: 24 }),
    },
  },
  {
    id: 'dnxhr-hq-mxf',
    name: 'DNxHR HQ (MXF OP1a)',
    spec: {
      container: 'mxf',
      timecode: 'source',
      video: {
        codec: 'dnxhd',
        profile: 'dnxhr_hq',
        width: 1920,
        height: 1080,
        frameRate: 'source',
        scan: 'progressive',
        pixelFormat: 'yuv422p',
        colour: 'bt709',
      },
      audio: {
        codec: 'pcm_s24le',
        channels: 1,
        tracks: 2,
        sampleRate: 48000,
        bitDepth: 24,
        loudness: LOUDNESS_TARGETS.broadcast,
      },
    },
  },
  {
    id: 'xdcam-hd422',
    name: 'XDCAM HD422 50 Mb/s (MPEG-2 4:2:2 MXF, 8 mono tracks)',
    spec: {
      container: 'mxf',
      timecode: 'source',
      video: {
        codec: 'mpeg2video',
        profile: '422',
        width: 1920,
        height: 1080,
        frameRate: '25',
        scan: 'progressive',
        pixelFormat: 'yuv422p',
        bitRateKbps: 50_000,
        gop: 12,
        colour: 'bt709',
      },
      audio: {
        codec: 'pcm_s24le',
        channels: 1,
        tracks: 8,
        sampleRate: 48000,
        bitDepth: 24,
        loudness: LOUDNESS_TARGETS.broadcast,
      },
    },
  },
  {
    id: 'wav-48k-24bit',
    name: 'WAV 48 kHz 24-bit',
    spec: {
      container: 'wav',
      timecode: 'none',
      audio: stereo('pcm_s24le', { bitDepth: 24, loudness: LOUDNESS_TARGETS.broadcast }),
    },
  },
  {
    id: 'mp3-podcast',
    name: 'MP3 192 kb/s (podcast loudness)',
    spec: {
      container: 'mp3',
      timecode: 'none',
      audio: stereo('mp3', { sampleRate: 44100, bitRateKbps: 192, loudness: LOUDNESS_TARGETS.podcast }),
    },
  },
  {
    id: 'hls-ladder',
    name: 'HLS ladder (1080p, 720p, 480p; fMP4; master playlist)',
    spec: {
      container: 'hls',
      timecode: 'none',
      video: {
        codec: 'h264',
        profile: 'high',
        width: 1920,
        height: 1080,
        frameRate: 'source',
        scan: 'progressive',
        pixelFormat: 'yuv420p',
        gop: 48,
        colour: 'bt709',
      },
      audio: stereo('aac', { bitRateKbps: 128, loudness: LOUDNESS_TARGETS.streaming }),
      hls: {
        segmentSeconds: 4,
        segmentType: 'fmp4',
        rungs: [
          { height: 1080, bitRateKbps: 5000 },
          { height: 720, bitRateKbps: 3000 },
          { height: 480, bitRateKbps: 1200 },
        ],
      },
    },
  },
  social('social-9x16-1080x1920', 'Social vertical 9:16 1080x1920 (H.264, framed on faces)', 1080, 1920, {
    fit: 'faces',
  }),
  social('social-4x5-1080x1350', 'Social portrait 4:5 1080x1350 (H.264, framed on faces)', 1080, 1350, {
    fit: 'faces',
  }),
  social('social-1x1-1080', 'Social square 1:1 1080x1080 (H.264, centre crop)', 1080, 1080, { fit: 'crop' }),
  social('social-16x9-1080p', 'Social landscape 16:9 1920x1080 (H.264, blurred pad)', 1920, 1080, {
    fit: 'pad',
    background: 'blur',
  }),
  {
    id: 'poster-thumbnails',
    name: 'Poster and thumbnails (JPEG)',
    spec: { container: 'images', timecode: 'none', images: { width: 1280, thumbnails: 5 } },
  },
];

export function findDeliveryPreset(id: string): DeliveryPreset | undefined {
  return DELIVERY_PRESETS.find((preset) => preset.id === id);
}
