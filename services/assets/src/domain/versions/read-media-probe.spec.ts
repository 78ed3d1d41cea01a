import { readMediaProbe, usableTimecode } from './read-media-probe';

const probe = (fields: Partial<Parameters<typeof readMediaProbe>[0]> = {}) => ({
  mediaKind: 'video',
  durationSeconds: 6.016,
  width: 1920,
  height: 1080,
  frameRate: '25/1',
  technicalMetadataJson: JSON.stringify({
    startTimecode: '10:00:00:00',
    streams: [
      { type: 'video', attachedPicture: false, frameRate: { num: 25, den: 1 }, frameCount: 150, durationSeconds: 6 },
      { type: 'audio', channels: 2, sampleRate: 48000, durationSeconds: 6.016 },
      { type: 'data', timecode: '10:00:00:00' },
    ],
  }),
  ...fields,
});

describe('readMediaProbe', () => {
  it('takes the rate, timecode, picture frame count and sound layout of a video', () => {
    expect(readMediaProbe(probe())).toEqual({
      mediaKind: 'video',
      frameRate: '25/1',
      durationSeconds: 6.016,
      durationFrames: 150,
      startTimecode: '10:00:00:00',
      width: 1920,
      height: 1080,
      hasVideo: true,
      hasAudio: true,
      audioChannels: 2,
      audioRate: 48000,
    });
  });

  it('counts frames from the picture duration when the container gives no count', () => {
    const json = JSON.stringify({ streams: [{ type: 'video', durationSeconds: 2.002 }] });
    expect(readMediaProbe(probe({ frameRate: '30000/1001', technicalMetadataJson: json }))).toMatchObject({
      frameRate: '30000/1001',
      durationFrames: 60,
      hasAudio: false,
      startTimecode: null,
    });
  });

  it('keeps drop-frame timecode at NTSC rates and drops timecode that cannot exist at the rate', () => {
    const at = (rate: string, startTimecode: string) =>
      readMediaProbe(probe({ frameRate: rate, technicalMetadataJson: JSON.stringify({ startTimecode, streams: [] }) }))
        .startTimecode;
    expect(at('30000/1001', '01:00:00;00')).toBe('01:00:00;00');
    expect(at('25/1', '01:00:00;00')).toBeNull();
    expect(at('25/1', '01:00:00:25')).toBeNull();
    expect(at('24000/1001', '00:59:59:23')).toBe('00:59:59:23');
  });

  it('treats cover art as no picture and a sound file without a rate as audio', () => {
    const json = JSON.stringify({
      startTimecode: '01:00:00:00',
      streams: [
        { type: 'audio', channels: 1, sampleRate: 44100 },
        { type: 'video', attachedPicture: true },
      ],
    });
    expect(
      readMediaProbe(probe({ mediaKind: 'audio', frameRate: '', width: 0, height: 0, technicalMetadataJson: json })),
    ).toMatchObject({
      frameRate: null,
      durationFrames: null,
      startTimecode: '01:00:00:00',
      width: null,
      hasVideo: false,
      hasAudio: true,
      audioChannels: 1,
      audioRate: 44100,
    });
  });

  it('falls back to the summary when the description is not readable JSON', () => {
    expect(readMediaProbe(probe({ technicalMetadataJson: '{not json' }))).toMatchObject({
      frameRate: '25/1',
      durationFrames: 150,
      startTimecode: null,
      hasVideo: true,
      hasAudio: false,
    });
  });

  it('accepts only timecode-shaped strings', () => {
    expect(usableTimecode('10:00:00:00', null)).toBe('10:00:00:00');
    expect(usableTimecode('ten o clock', null)).toBeNull();
    expect(usableTimecode(36000, null)).toBeNull();
  });
});
