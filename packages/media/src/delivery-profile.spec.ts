import { DELIVERY_PRESETS, findDeliveryPreset } from './delivery-presets';
import { validateDeliveryProfile, type DeliveryProfileSpec } from './delivery-profile';

const web = DELIVERY_PRESETS.find((p) => p.id === 'web-h264-1080p')!.spec;
const fields = (spec: DeliveryProfileSpec) => validateDeliveryProfile(spec).map((p) => p.field);
const reasons = (spec: DeliveryProfileSpec) =>
  validateDeliveryProfile(spec)
    .map((p) => p.reason)
    .join('; ');

describe('validateDeliveryProfile', () => {
  it('accepts every built-in preset', () => {
    for (const preset of DELIVERY_PRESETS)
      expect({ id: preset.id, problems: validateDeliveryProfile(preset.spec) }).toEqual({
        id: preset.id,
        problems: [],
      });
  });

  it('refuses an odd width with 4:2:0', () => {
    const spec = { ...web, video: { ...web.video!, width: 1919 } };
    expect(fields(spec)).toEqual(['video.width']);
    expect(reasons(spec)).toContain('width 1919 is odd: yuv420p');
  });

  it('refuses an odd height with 4:2:0 but not with 4:2:2 widths that are even', () => {
    expect(fields({ ...web, video: { ...web.video!, height: 1081 } })).toEqual(['video.height']);
    const prores = DELIVERY_PRESETS.find((p) => p.id === 'prores-422-hq')!.spec;
    expect(fields({ ...prores, video: { ...prores.video!, height: 1081 } })).toEqual([]);
  });

  it('refuses 8 channels into MP3', () => {
    const mp3 = DELIVERY_PRESETS.find((p) => p.id === 'mp3-podcast')!.spec;
    const spec = { ...mp3, audio: { ...mp3.audio!, channels: 8 } };
    expect(fields(spec)).toEqual(['audio.channels']);
    expect(reasons(spec)).toBe('MP3 carries at most 2 channels, not 8');
  });

  it('refuses 10-bit into baseline H.264', () => {
    const spec = { ...web, video: { ...web.video!, profile: 'baseline', pixelFormat: 'yuv420p10le' } };
    expect(reasons(spec)).toContain('10-bit yuv420p10le cannot be coded in H.264 baseline');
    expect(fields({ ...web, video: { ...web.video!, profile: 'high10', pixelFormat: 'yuv420p10le' } })).toEqual([]);
  });

  it('refuses codecs a container cannot carry, pixel formats a codec cannot make, and unknown profiles', () => {
    expect(reasons({ ...web, container: 'webm' })).toContain('h264 cannot be carried in webm');
    const prores = DELIVERY_PRESETS.find((p) => p.id === 'prores-422-hq')!.spec;
    expect(reasons({ ...prores, video: { ...prores.video!, pixelFormat: 'yuv420p' } })).toContain(
      'prores cannot be encoded as yuv420p',
    );
    expect(reasons({ ...prores, video: { ...prores.video!, profile: 'ultra' } })).toContain(
      'prores has no profile ultra',
    );
  });

  it('refuses a decimal frame rate, a bad sample rate and mono tracks that are not mono', () => {
    expect(reasons({ ...web, video: { ...web.video!, frameRate: '23.976' } })).toContain('not a rational number');
    expect(reasons({ ...web, audio: { ...web.audio!, sampleRate: 22050 } })).toContain(
      'aac cannot be sampled at 22050 Hz',
    );
    const xdcam = DELIVERY_PRESETS.find((p) => p.id === 'xdcam-hd422')!.spec;
    expect(reasons({ ...xdcam, audio: { ...xdcam.audio!, channels: 2 } })).toContain('8 tracks must be mono tracks');
  });

  it('refuses a loudness target out of range and an audio-only container with a picture', () => {
    expect(fields({ ...web, audio: { ...web.audio!, loudness: { integrated: 3, truePeak: -1, range: 20 } } })).toEqual([
      'audio.loudness.integrated',
    ]);
    const wav = DELIVERY_PRESETS.find((p) => p.id === 'wav-48k-24bit')!.spec;
    expect(fields({ ...wav, video: web.video })).toContain('video');
  });

  it('refuses an unknown fit, a background on a crop and a colour that is not #rrggbb', () => {
    const base = findDeliveryPreset('social-9x16-1080x1920')!.spec;
    const framed = (framing: object) =>
      validateDeliveryProfile({ ...base, video: { ...base.video!, framing } as never }).map(
        (p) => p.field + ': ' + p.reason,
      );
    expect(framed({ fit: 'stretch' })).toEqual(['video.framing.fit: fit stretch must be pad, crop or faces']);
    expect(framed({ fit: 'crop', background: 'blur' })).toEqual([
      'video.framing.background: a background fills the bars of pad, not of crop',
    ]);
    expect(framed({ fit: 'pad', background: 'red' })).toEqual([
      'video.framing.background: background red must be blur or a colour #rrggbb',
    ]);
    expect(framed({ fit: 'pad', background: '#00ff00', titleSafe: true })).toEqual([]);
  });
});
