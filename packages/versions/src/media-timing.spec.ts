import { readMediaTiming } from './media-timing';

describe('readMediaTiming', () => {
  it('reads the start timecode and the counted frames of the picture', () => {
    const json = JSON.stringify({
      startTimecode: '01:00:00;00',
      streams: [{ type: 'audio' }, { type: 'video', frameCount: 30, durationSeconds: 1.001 }],
    });
    expect(readMediaTiming('30000/1001', 1.001, json)).toEqual({ startTimecode: '01:00:00;00', durationFrames: 30 });
  });

  it('counts frames from the duration when the stream does not say, and ignores a label that does not exist at the rate', () => {
    expect(
      readMediaTiming('25/1', 2, JSON.stringify({ startTimecode: '10:00:00:30', streams: [{ type: 'video' }] })),
    ).toEqual({ startTimecode: null, durationFrames: 50 });
  });

  it('knows nothing without a rate or with an unreadable description', () => {
    expect(readMediaTiming('', 2, '{}')).toEqual({ startTimecode: null, durationFrames: null });
    expect(readMediaTiming('24000/1001', 1.001, 'not json')).toEqual({ startTimecode: null, durationFrames: 24 });
  });
});
