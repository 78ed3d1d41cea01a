import { captionCues, wrapCaption, writeSrt, writeWebVtt, type CaptionSegment } from './caption-writers';

const segments: CaptionSegment[] = [
  { startMs: 3_723_456, endMs: 3_725_000, text: 'An hour in: the <b> tag & a "quote".', speaker: 'ANNA' },
  { startMs: 0, endMs: 1_500, text: 'Good evening.' },
  {
    startMs: 1_200,
    endMs: 4_000,
    text: 'This line runs on well past the forty-two characters a caption line may hold.',
  },
  { startMs: 5_000, endMs: 5_000, text: '   ' },
];

describe('caption writers', () => {
  it('writes SubRip: numbered cues in time order, comma milliseconds, wrapped lines, a blank line between', () => {
    expect(writeSrt(segments)).toBe(
      [
        '1',
        '00:00:00,000 --> 00:00:01,200',
        'Good evening.',
        '',
        '2',
        '00:00:01,200 --> 00:00:04,000',
        'This line runs on well past the forty-two',
        'characters a caption line may hold.',
        '',
        '3',
        '01:02:03,456 --> 01:02:05,000',
        'ANNA: An hour in: the <b> tag & a "quote".',
        '',
      ].join('\n'),
    );
  });

  it('writes WebVTT: the header with the language, dot milliseconds, markup characters escaped', () => {
    expect(writeWebVtt(segments, 'en')).toBe(
      [
        'WEBVTT',
        'Language: en',
        '',
        '00:00:00.000 --> 00:00:01.200',
        'Good evening.',
        '',
        '00:00:01.200 --> 00:00:04.000',
        'This line runs on well past the forty-two',
        'characters a caption line may hold.',
        '',
        '01:02:03.456 --> 01:02:05.000',
        'ANNA: An hour in: the &lt;b&gt; tag &amp; a "quote".',
        '',
      ].join('\n'),
    );
    expect(writeWebVtt([])).toBe('WEBVTT\n');
  });

  it('ends each cue after it starts and no later than the next one starts, and drops empty text', () => {
    const cues = captionCues([
      { startMs: 1000, endMs: 900, text: 'ends before it starts' },
      { startMs: 2000, endMs: 2500, text: '' },
    ]);
    expect(cues).toEqual([{ startMs: 1000, endMs: 1001, lines: ['ends before it starts'] }]);
  });

  it('wraps at word boundaries and leaves a word longer than a line alone on its line', () => {
    expect(wrapCaption('a '.repeat(30).trim())).toEqual(['a '.repeat(21).trim(), 'a '.repeat(9).trim()]);
    expect(wrapCaption(`go ${'x'.repeat(50)} now`)).toEqual(['go', 'x'.repeat(50), 'now']);
  });
});
