import {
  formatRational,
  framesToSeconds,
  parsePositiveRational,
  parseRational,
  rational,
  rationalEquals,
  rationalToNumber,
  secondsToFrames,
} from './rational';

describe('rational', () => {
  it('parses num/den, plain integers and ffprobe aspect ratios, reduced', () => {
    expect(parseRational('24000/1001')).toEqual({ num: 24000, den: 1001 });
    expect(parseRational('50/2')).toEqual({ num: 25, den: 1 });
    expect(parseRational('25')).toEqual({ num: 25, den: 1 });
    expect(parseRational(' 16:9 ')).toEqual({ num: 16, den: 9 });
    expect(parseRational('60000/2002')).toEqual({ num: 30000, den: 1001 });
    expect(parseRational('0/5')).toEqual({ num: 0, den: 1 });
  });

  it('keeps the sign on the numerator', () => {
    expect(rational(3, -6)).toEqual({ num: -1, den: 2 });
    expect(parseRational('-2/-4')).toEqual({ num: 1, den: 2 });
  });

  it('refuses 0/0, zero denominators, decimals and words', () => {
    expect(() => parseRational('0/0')).toThrow(/zero denominator/);
    expect(() => parseRational('25/0')).toThrow(/zero denominator/);
    expect(() => parseRational('23.976')).toThrow(/num\/den/);
    expect(() => parseRational('N/A')).toThrow();
    expect(() => rational(1.5, 2)).toThrow(/integers/);
  });

  it('gives null for unknown or non-positive rates where a value is optional', () => {
    expect(parsePositiveRational('0/0')).toBeNull();
    expect(parsePositiveRational('0/1')).toBeNull();
    expect(parsePositiveRational(undefined)).toBeNull();
    expect(parsePositiveRational('N/A')).toBeNull();
    expect(parsePositiveRational('30000/1001')).toEqual({ num: 30000, den: 1001 });
  });

  it('compares exactly and formats for ffmpeg', () => {
    expect(rationalEquals({ num: 24000, den: 1001 }, { num: 48000, den: 2002 })).toBe(true);
    expect(rationalEquals({ num: 24000, den: 1001 }, { num: 23976, den: 1000 })).toBe(false);
    expect(formatRational(parseRational('48000/2002'))).toBe('24000/1001');
    expect(rationalToNumber({ num: 30000, den: 1001 })).toBeCloseTo(29.97003, 5);
  });

  it('converts frames to seconds and back without drift', () => {
    const ntsc = parseRational('30000/1001');
    expect(framesToSeconds(30000, ntsc)).toBe(1001);
    expect(framesToSeconds(1, { num: 25, den: 1 })).toBe(0.04);
    for (const frames of [0, 1, 23, 24, 1439, 86_400, 2_589_410, 10_000_019]) {
      for (const rate of ['24000/1001', '25', '30000/1001', '60000/1001', '24']) {
        const r = parseRational(rate);
        expect(secondsToFrames(framesToSeconds(frames, r), r, 'floor')).toBe(frames);
        expect(secondsToFrames(framesToSeconds(frames, r), r, 'ceil')).toBe(frames);
        expect(secondsToFrames(framesToSeconds(frames, r), r)).toBe(frames);
      }
    }
  });

  it('rounds times between frames as asked', () => {
    const rate = { num: 25, den: 1 };
    expect(secondsToFrames(1.01, rate, 'floor')).toBe(25);
    expect(secondsToFrames(1.01, rate, 'ceil')).toBe(26);
    expect(secondsToFrames(1.03, rate)).toBe(26);
  });
});
