import { describe, expect, it } from '@jest/globals';
import { DELIVERY_PRESETS } from '@mam/media';
import { draftFrom, draftKeyOf, draftProblems, specOf, summary } from './profile-draft';

describe('a delivery profile in the form', () => {
  it('gives back every preset’s settings unchanged when they are not edited', () => {
    for (const preset of DELIVERY_PRESETS) {
      const spec = specOf(draftFrom(preset.spec, preset.name));
      expect({ id: preset.id, spec }).toEqual({
        id: preset.id,
        spec: Object.assign({ timecode: 'none' }, preset.spec),
      });
    }
  });

  it('sends numbers as numbers and leaves out what the container does not use', () => {
    const draft = { ...draftFrom(undefined), name: 'Podcast', container: 'mp3', 'audio.codec': 'mp3' };
    expect(specOf(draft)).toEqual({
      container: 'mp3',
      timecode: 'source',
      audio: {
        codec: 'mp3',
        channels: 2,
        tracks: 1,
        sampleRate: 48000,
        bitRateKbps: 192,
        loudness: { integrated: -23, truePeak: -1, range: 20 },
      },
    });
  });

  it('says what it can tell before the server does: no name, a word for a number, a malformed ladder', () => {
    const draft = { ...draftFrom(undefined), 'video.width': 'wide', container: 'hls', 'hls.rungs': '1080p' };
    expect(draftProblems(draft)).toEqual({
      name: 'Give the profile a name',
      'video.width': 'wide is not a number',
      'hls.rungs': 'Write each rung as height:kbps, separated by commas (1080:6000, 720:3000)',
    });
  });

  it('shows a refused setting at its field', () => {
    expect(draftKeyOf('spec.video.width')).toBe('video.width');
    expect(draftKeyOf('spec.audio.loudness.truePeak')).toBe('audio.loudness.truePeak');
    expect(draftKeyOf('spec.hls.rungs.1.height')).toBe('hls.rungs');
    expect(draftKeyOf('spec.audio')).toBe('audio.codec');
    expect(draftKeyOf('name')).toBe('name');
    expect(draftKeyOf('spec.somethingElse')).toBe('');
  });

  it('sums a profile up in one line', () => {
    const xdcam = DELIVERY_PRESETS.find((p) => p.id === 'xdcam-hd422')!;
    expect(summary(xdcam.spec)).toMatch(/^mpeg2video 1920×1080 .*pcm_s24le 8 mono tracks 48 kHz/);
  });
});
