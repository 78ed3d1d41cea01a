import { srtTimestamp, toSrt, toWebVtt, vttTimestamp } from './captions';
import type { TranscriptSegment } from './segments';

const segments: TranscriptSegment[] = [
  { startMs: 210, endMs: 2790, text: 'he was not an ill disposed young man', words: [] },
  { startMs: 3_723_004, endMs: 3_725_000, text: 'Tom & Jerry <3 -->\nmore', words: [] },
];

describe('caption timestamps', () => {
  it('writes hours, minutes, seconds and milliseconds', () => {
    expect(vttTimestamp(3_723_004)).toBe('01:02:03.004');
    expect(srtTimestamp(3_723_004)).toBe('01:02:03,004');
    expect(vttTimestamp(0)).toBe('00:00:00.000');
    expect(srtTimestamp(59_999.6)).toBe('00:01:00,000');
  });
});

describe('toWebVtt', () => {
  it('writes numbered cues with escaped one-line text', () => {
    expect(toWebVtt(segments)).toBe(
      [
        'WEBVTT',
        '',
        '1',
        '00:00:00.210 --> 00:00:02.790',
        'he was not an ill disposed young man',
        '',
        '2',
        '01:02:03.004 --> 01:02:05.000',
        'Tom &amp; Jerry &lt;3 --&gt; more',
        '',
      ].join('\n'),
    );
  });

  it('writes only the header for no segments', () => {
    expect(toWebVtt([])).toBe('WEBVTT\n');
  });
});

describe('toSrt', () => {
  it('writes numbered cues with comma timestamps and no tags', () => {
    expect(toSrt(segments)).toBe(
      [
        '1',
        '00:00:00,210 --> 00:00:02,790',
        'he was not an ill disposed young man',
        '',
        '2',
        '01:02:03,004 --> 01:02:05,000',
        'Tom & Jerry ‹3 --› more',
        '',
      ].join('\n'),
    );
  });
});
