import { findDeliveryPreset } from './delivery-presets';
import { rational } from './rational';
import type { StreamInfo, TechnicalMetadata } from './technical-metadata';
import { aspectDifferences, verifyDeliveryOutput } from './verify-delivery';

const stream = (fields: Partial<StreamInfo>): StreamInfo => ({
  index: 0,
  type: 'video',
  codec: null,
  codecLongName: null,
  codecTag: null,
  profile: null,
  durationSeconds: null,
  bitRate: null,
  language: null,
  timecode: null,
  attachedPicture: false,
  width: null,
  height: null,
  sampleAspectRatio: null,
  displayAspectRatio: null,
  rotation: 0,
  frameRate: null,
  variableFrameRate: false,
  frameCount: null,
  fieldOrder: null,
  scanType: null,
  fieldDominance: null,
  colorPrimaries: null,
  colorTransfer: null,
  colorSpace: null,
  colorRange: null,
  pixelFormat: null,
  bitDepth: null,
  channels: null,
  channelLayout: null,
  sampleRate: null,
  sampleFormat: null,
  ...fields,
});

const probe = (streams: StreamInfo[], extra: Partial<TechnicalMetadata> = {}): TechnicalMetadata => ({
  container: 'mov,mp4,m4a,3gp,3g2,mj2',
  containerLongName: null,
  durationSeconds: 1,
  startSeconds: 0,
  bitRate: null,
  sizeBytes: null,
  probeScore: 100,
  startTimecode: '10:00:00:00',
  creationTime: null,
  streams,
  ...extra,
});

const web = findDeliveryPreset('web-h264-1080p')!.spec;
const goodVideo = stream({
  codec: 'h264',
  profile: 'High',
  width: 1920,
  height: 1080,
  frameRate: rational(25),
  frameCount: 25,
  fieldOrder: 'progressive',
  pixelFormat: 'yuv420p',
});
const goodAudio = stream({
  index: 1,
  type: 'audio',
  codec: 'aac',
  channels: 2,
  sampleRate: 48000,
  durationSeconds: 1.002,
});
const expected = { durationSeconds: 1, frameRate: rational(25), startTimecode: '10:00:00:00' };
const loud = { integrated: -14.05, range: 0, truePeak: -12.9, threshold: -24 };

describe('verifyDeliveryOutput', () => {
  it('passes an output that is what its profile says', () => {
    expect(verifyDeliveryOutput(web, probe([goodVideo, goodAudio]), expected, loud)).toEqual([]);
  });

  it('names each difference with both values', () => {
    const differences = verifyDeliveryOutput(
      web,
      probe(
        [
          {
            ...goodVideo,
            width: 1280,
            height: 720,
            frameRate: rational(24000, 1001),
            pixelFormat: 'yuv422p',
            frameCount: 23,
          },
          { ...goodAudio, channels: 6 },
        ],
        { startTimecode: '00:00:00:00' },
      ),
      expected,
      { ...loud, integrated: -16 },
    );
    expect(differences).toEqual([
      'resolution: expected 1920x1080, got 1280x720',
      'frame rate: expected 25/1, got 24000/1001',
      'pixel format: expected yuv420p, got yuv422p',
      'duration: expected 1.000 s (within one frame), got 0.920 s',
      'audio channels: expected 2, got 6',
      'integrated loudness: expected -14 LUFS (within 1 LU), got -16 LUFS',
      'start timecode: expected 10:00:00:00, got 00:00:00:00',
    ]);
  });

  it('fails a missing audio track, the wrong container and a missing loudness measurement', () => {
    expect(verifyDeliveryOutput(web, probe([goodVideo], { container: 'matroska,webm' }), expected, null)).toEqual([
      'container: expected mp4, got matroska,webm',
      'audio tracks: expected 1, got 0',
      'loudness: not measured',
    ]);
  });

  it('counts mono tracks', () => {
    const xdcam = findDeliveryPreset('xdcam-hd422')!.spec;
    const video = {
      ...goodVideo,
      codec: 'mpeg2video',
      profile: '4:2:2',
      pixelFormat: 'yuv422p',
      frameCount: null,
      durationSeconds: 1,
    };
    const mono = stream({ type: 'audio', codec: 'pcm_s24le', channels: 1, sampleRate: 48000 });
    const result = verifyDeliveryOutput(
      xdcam,
      probe([video, ...Array.from({ length: 7 }, () => mono)], { container: 'mxf' }),
      expected,
      { ...loud, integrated: -23 },
    );
    expect(result).toEqual(['audio tracks: expected 8, got 7']);
  });

  it('fails a picture whose pixels are not square or whose shape is not the frame’s', () => {
    expect(
      aspectDifferences({ sampleAspectRatio: rational(1), displayAspectRatio: rational(9, 16) }, 1080, 1920),
    ).toEqual([]);
    expect(
      aspectDifferences({ sampleAspectRatio: rational(4, 3), displayAspectRatio: rational(4, 3) }, 1080, 1080),
    ).toEqual(['sample aspect ratio: expected 1:1, got 4:3', 'display aspect ratio: expected 1:1, got 4:3']);
    const vertical = findDeliveryPreset('social-9x16-1080x1920')!.spec;
    const squeezed = stream({ ...goodVideo, width: 1080, height: 1920, displayAspectRatio: rational(16, 9) });
    expect(
      verifyDeliveryOutput(vertical, probe([squeezed]), {
        durationSeconds: 1,
        frameRate: rational(25),
        startTimecode: null,
      }),
    ).toContain('display aspect ratio: expected 9:16, got 16:9');
  });
});
