import { parseRational } from './rational';
import { framesToTimecode, isDropFrameRate, timecodeBase, timecodeToFrames } from './timecode';

const r = parseRational;

describe('timecode', () => {
  it('counts non-drop-frame timecode at integer and NTSC rates', () => {
    expect(timecodeToFrames('10:00:00:00', r('25'))).toBe(900_000);
    expect(timecodeToFrames('00:00:01:00', r('24000/1001'))).toBe(24);
    expect(timecodeToFrames('01:00:00:00', r('24000/1001'))).toBe(86_400);
    expect(timecodeToFrames('00:00:00:29', r('30000/1001'))).toBe(29);
    expect(timecodeToFrames('00:01:00:00', r('30000/1001'))).toBe(1800);
    expect(timecodeToFrames('23:59:59:49', r('50'))).toBe(24 * 3600 * 50 - 1);
    expect(framesToTimecode(900_000, r('25'))).toBe('10:00:00:00');
    expect(framesToTimecode(86_399, r('24000/1001'))).toBe('00:59:59:23');
    expect(framesToTimecode(1800, r('30000/1001'))).toBe('00:01:00:00');
  });

  it('counts 29.97 drop-frame: two frame numbers skipped each minute except every tenth', () => {
    const rate = r('30000/1001');
    expect(timecodeToFrames('00:00:59;29', rate)).toBe(1799);
    expect(timecodeToFrames('00:01:00;02', rate)).toBe(1800);
    expect(timecodeToFrames('00:02:00;02', rate)).toBe(3598);
    expect(timecodeToFrames('00:10:00;00', rate)).toBe(17_982);
    expect(timecodeToFrames('01:00:00;00', rate)).toBe(107_892);
    expect(timecodeToFrames('10:00:00;00', rate)).toBe(1_078_920);
    expect(framesToTimecode(1799, rate, { dropFrame: true })).toBe('00:00:59;29');
    expect(framesToTimecode(1800, rate, { dropFrame: true })).toBe('00:01:00;02');
    expect(framesToTimecode(17_981, rate, { dropFrame: true })).toBe('00:09:59;29');
    expect(framesToTimecode(17_982, rate, { dropFrame: true })).toBe('00:10:00;00');
    expect(framesToTimecode(107_892, rate, { dropFrame: true })).toBe('01:00:00;00');
  });

  it('counts 59.94 drop-frame: four frame numbers skipped', () => {
    const rate = r('60000/1001');
    expect(timecodeToFrames('00:01:00;04', rate)).toBe(3600);
    expect(timecodeToFrames('01:00:00;00', rate)).toBe(215_784);
    expect(framesToTimecode(3599, rate, { dropFrame: true })).toBe('00:00:59;59');
    expect(framesToTimecode(3600, rate, { dropFrame: true })).toBe('00:01:00;04');
    expect(framesToTimecode(215_784, rate, { dropFrame: true })).toBe('01:00:00;00');
  });

  it('drop-frame keeps wall-clock time: one hour of timecode is one hour of 29.97 video within 4 ms', () => {
    const frames = timecodeToFrames('01:00:00;00', r('30000/1001'));
    expect(Math.abs((frames * 1001) / 30000 - 3600)).toBeLessThan(0.004);
  });

  it('round-trips every frame across the first eleven minutes and at later hours', () => {
    for (const [rate, dropFrame] of [['30000/1001', true], ['60000/1001', true], ['24000/1001', false], ['25', false], ['30000/1001', false]] as const) {
      const samples = [...Array.from({ length: 11 * 60 * 60 }, (_, i) => i), 1_078_919, 1_078_920, 2_589_407];
      const wrong = samples.filter((frames) => timecodeToFrames(framesToTimecode(frames, r(rate), { dropFrame }), r(rate)) !== frames);
      expect(wrong).toEqual([]);
    }
  });

  it('never writes a drop-frame label that does not exist', () => {
    const rate = r('30000/1001');
    const labels = Array.from({ length: 40_000 }, (_, frames) => framesToTimecode(frames, rate, { dropFrame: true }));
    const skipped = labels.filter((label) => /:0[1-9]:00;0[01]$|:[1-5][1-9]:00;0[01]$/.test(label));
    expect(skipped).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('00:01:00;02');
    expect(labels).toContain('00:10:00;00');
  });

  it('refuses labels skipped by drop-frame, drop-frame at other rates, and out-of-range fields', () => {
    expect(() => timecodeToFrames('00:01:00;00', r('30000/1001'))).toThrow(/does not exist/);
    expect(() => timecodeToFrames('00:01:00;01', r('30000/1001'))).toThrow(/does not exist/);
    expect(() => timecodeToFrames('00:01:00;03', r('60000/1001'))).toThrow(/does not exist/);
    expect(timecodeToFrames('00:10:00;00', r('30000/1001'))).toBe(17_982);
    expect(() => timecodeToFrames('00:00:00;00', r('25'))).toThrow(/drop-frame/);
    expect(() => framesToTimecode(10, r('24000/1001'), { dropFrame: true })).toThrow(/drop-frame/);
    expect(() => timecodeToFrames('00:00:00:25', r('25'))).toThrow(/out of range/);
    expect(() => timecodeToFrames('00:60:00:00', r('25'))).toThrow(/out of range/);
    expect(() => timecodeToFrames('1:2:3', r('25'))).toThrow(/not a timecode/);
    expect(() => framesToTimecode(-1, r('25'))).toThrow();
    expect(() => framesToTimecode(1.5, r('25'))).toThrow();
  });

  it('knows the timecode base and which rates allow drop-frame', () => {
    expect(timecodeBase(r('24000/1001'))).toBe(24);
    expect(timecodeBase(r('30000/1001'))).toBe(30);
    expect(timecodeBase(r('60000/1001'))).toBe(60);
    expect(timecodeBase(r('25'))).toBe(25);
    expect(isDropFrameRate(r('30000/1001'))).toBe(true);
    expect(isDropFrameRate(r('60000/1001'))).toBe(true);
    expect(isDropFrameRate(r('24000/1001'))).toBe(false);
    expect(isDropFrameRate(r('30'))).toBe(false);
  });

  it('writes hours past 24 rather than wrapping', () => {
    expect(framesToTimecode(25 * 3600 * 25, r('25'))).toBe('25:00:00:00');
  });
});
