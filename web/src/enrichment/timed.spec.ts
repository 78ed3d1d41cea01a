import { activeIndexAt, fileNameFor, followScrollTop } from './timed';

describe('activeIndexAt', () => {
  const segments = [
    { startFrame: 0, endFrame: 25 },
    { startFrame: 25, endFrame: 60 },
    { startFrame: 80, endFrame: 100 },
  ];

  it('finds the segment a frame falls in, the end frame belonging to the next', () => {
    expect(activeIndexAt(segments, 0)).toBe(0);
    expect(activeIndexAt(segments, 24)).toBe(0);
    expect(activeIndexAt(segments, 25)).toBe(1);
    expect(activeIndexAt(segments, 59)).toBe(1);
    expect(activeIndexAt(segments, 99)).toBe(2);
  });

  it('finds none between segments, before the first and after the last', () => {
    expect(activeIndexAt(segments, 60)).toBe(-1);
    expect(activeIndexAt(segments, 79)).toBe(-1);
    expect(activeIndexAt(segments, 100)).toBe(-1);
    expect(activeIndexAt([{ startFrame: 10, endFrame: 20 }], 3)).toBe(-1);
    expect(activeIndexAt([], 3)).toBe(-1);
  });

  it('holds a word of no length on its first frame, and prefers the later of overlapping items', () => {
    const words = [
      { startFrame: 5, endFrame: 5 },
      { startFrame: 6, endFrame: 20 },
      { startFrame: 10, endFrame: 12 },
    ];
    expect(activeIndexAt(words, 5)).toBe(0);
    expect(activeIndexAt(words, 8)).toBe(1);
    expect(activeIndexAt(words, 11)).toBe(2);
    // After the short overlapping word, the long one it sat in is active again.
    expect(activeIndexAt(words, 15)).toBe(1);
  });
});

describe('fileNameFor', () => {
  it('names the file after the title, without characters file systems refuse', () => {
    expect(fileNameFor('Reading', 'vtt')).toBe('Reading.vtt');
    expect(fileNameFor('Interview 3/final: take "2"', 'srt')).toBe('Interview 3-final- take -2.srt');
    expect(fileNameFor('  ..  ', 'vtt')).toBe('transcript.vtt');
  });
});

describe('followScrollTop', () => {
  const list = { scrollTop: 100, height: 300 };

  it('leaves the list alone while the lit item is in view', () => {
    expect(followScrollTop({ top: 150, height: 40 }, list)).toBeUndefined();
    expect(followScrollTop({ top: 352, height: 40 }, list)).toBeUndefined();
  });

  it('brings an item below or above the view to a third of the way down', () => {
    expect(followScrollTop({ top: 380, height: 40 }, list)).toBe(280);
    expect(followScrollTop({ top: 60, height: 40 }, list)).toBe(0);
    expect(followScrollTop({ top: 1000, height: 40 }, list)).toBe(900);
  });
});
