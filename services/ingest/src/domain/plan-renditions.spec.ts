import { planRenditions } from './plan-renditions';

describe('planRenditions', () => {
  it('gives video the proxy, poster, scene thumbnails, filmstrip and, with sound, a waveform', () => {
    expect(planRenditions('video', { hasAudio: true, hasVideo: true })).toEqual([
      'proxy',
      'poster',
      'thumbnails',
      'filmstrip',
      'waveform',
    ]);
    expect(planRenditions('video', { hasAudio: false, hasVideo: true })).toEqual([
      'proxy',
      'poster',
      'thumbnails',
      'filmstrip',
    ]);
  });

  it('gives audio a proxy and peaks, images a preview, unknown files nothing', () => {
    expect(planRenditions('audio', { hasAudio: true, hasVideo: false })).toEqual(['audio_proxy', 'waveform']);
    expect(planRenditions('image', { hasAudio: false, hasVideo: false })).toEqual(['preview']);
    expect(planRenditions('other', { hasAudio: false, hasVideo: false })).toEqual([]);
  });
});
