import {
  frameRate,
  framesToSeconds,
  framesToTimecode,
  parseFrameRate,
  secondsToFrames,
  frameSeekTime,
  timecodeToFrames,
  supportsDropFrame,
  type FrameRate,
} from './index';

const STANDARD: Array<{ name: string; rate: FrameRate; dropFrame: boolean; hourFrames: number }> = [
  { name: '23.976', rate: frameRate(24000, 1001), dropFrame: false, hourFrames: 86400 },
  { name: '24', rate: frameRate(24), dropFrame: false, hourFrames: 86400 },
  { name: '25', rate: frameRate(25), dropFrame: false, hourFrames: 90000 },
  { name: '29.97 NDF', rate: frameRate(30000, 1001), dropFrame: false, hourFrames: 108000 },
  { name: '29.97 DF', rate: frameRate(30000, 1001), dropFrame: true, hourFrames: 107892 },
  { name: '30', rate: frameRate(30), dropFrame: false, hourFrames: 108000 },
  { name: '48', rate: frameRate(48), dropFrame: false, hourFrames: 172800 },
  { name: '50', rate: frameRate(50), dropFrame: false, hourFrames: 180000 },
  { name: '59.94 NDF', rate: frameRate(60000, 1001), dropFrame: false, hourFrames: 216000 },
  { name: '59.94 DF', rate: frameRate(60000, 1001), dropFrame: true, hourFrames: 215784 },
  { name: '60', rate: frameRate(60), dropFrame: false, hourFrames: 216000 },
];

describe.each(STANDARD)('timecode at $name', ({ rate, dropFrame, hourFrames }) => {
  const sep = dropFrame ? ';' : ':';
  const fps = Math.round(rate.num / rate.den);

  it('labels frame 0, the last frame of the first second and one hour', () => {
    expect(framesToTimecode(0, rate, { dropFrame })).toBe(`00:00:00${sep}00`);
    expect(framesToTimecode(fps - 1, rate, { dropFrame })).toBe(`00:00:00${sep}${String(fps - 1).padStart(2, '0')}`);
    expect(framesToTimecode(fps, rate, { dropFrame })).toBe(`00:00:01${sep}00`);
    expect(framesToTimecode(hourFrames, rate, { dropFrame })).toBe(`01:00:00${sep}00`);
    expect(timecodeToFrames(`01:00:00${sep}00`, rate, { dropFrame })).toBe(hourFrames);
  });

  it('round-trips every frame of the first eleven minutes and around the 24 h wrap', () => {
    const limit = hourFrames / 6 + fps * 60;
    for (let f = 0; f < limit; f++) {
      const label = framesToTimecode(f, rate, { dropFrame });
      expect(timecodeToFrames(label, rate, { dropFrame })).toBe(f);
    }
    expect(framesToTimecode(hourFrames * 24, rate, { dropFrame })).toBe(`00:00:00${sep}00`);
    expect(framesToTimecode(hourFrames * 24 - 1, rate, { dropFrame })).toBe(
      `23:59:59${sep}${String(fps - 1).padStart(2, '0')}`,
    );
  });

  it('refuses frames beyond the rate and fields out of range', () => {
    expect(() => timecodeToFrames(`00:00:00${sep}${fps}`, rate, { dropFrame })).toThrow(/only \d+ frames/);
    expect(() => timecodeToFrames(`00:60:00${sep}00`, rate, { dropFrame })).toThrow(/out of range/);
    expect(() => timecodeToFrames('ten past one', rate, { dropFrame })).toThrow(/not a timecode/);
  });

  it('maps frames to exact times and back', () => {
    for (const f of [0, 1, 2, 3, 1000, hourFrames]) {
      expect(secondsToFrames(framesToSeconds(f, rate), rate)).toBe(f);
      expect(secondsToFrames(frameSeekTime(f, rate), rate)).toBe(f);
    }
    expect(framesToSeconds(rate.num, rate)).toBe(rate.den);
  });
});

describe('drop-frame labels', () => {
  const df2997 = frameRate(30000, 1001);
  const df5994 = frameRate(60000, 1001);

  it('skips two labels a minute at 29.97 except every tenth minute', () => {
    expect(framesToTimecode(1799, df2997, { dropFrame: true })).toBe('00:00:59;29');
    expect(framesToTimecode(1800, df2997, { dropFrame: true })).toBe('00:01:00;02');
    expect(framesToTimecode(17982, df2997, { dropFrame: true })).toBe('00:10:00;00');
    expect(framesToTimecode(17981, df2997, { dropFrame: true })).toBe('00:09:59;29');
  });

  it('skips four labels a minute at 59.94', () => {
    expect(framesToTimecode(3599, df5994, { dropFrame: true })).toBe('00:00:59;59');
    expect(framesToTimecode(3600, df5994, { dropFrame: true })).toBe('00:01:00;04');
    expect(timecodeToFrames('00:01:00;04', df5994)).toBe(3600);
  });

  it('refuses the dropped labels', () => {
    expect(() => timecodeToFrames('00:01:00;00', df2997, { dropFrame: true })).toThrow(/does not exist in drop-frame/);
    expect(() => timecodeToFrames('00:01:00;01', df2997, { dropFrame: true })).toThrow(/does not exist/);
    expect(() => timecodeToFrames('00:02:00;03', df5994, { dropFrame: true })).toThrow(/does not exist/);
    expect(timecodeToFrames('00:10:00;00', df2997, { dropFrame: true })).toBe(17982);
  });

  it('reads a semicolon as drop-frame and refuses drop-frame where it does not exist', () => {
    expect(timecodeToFrames('00:01:00;02', df2997)).toBe(1800);
    expect(timecodeToFrames('00:01:00:02', df2997)).toBe(1802);
    expect(() => framesToTimecode(10, frameRate(25), { dropFrame: true })).toThrow(/only at 29.97 and 59.94/);
    expect(supportsDropFrame(frameRate(24000, 1001))).toBe(false);
  });
});

describe('frame rates', () => {
  it('reads fractions, whole numbers and NTSC decimals exactly', () => {
    expect(parseFrameRate('30000/1001')).toEqual({ num: 30000, den: 1001 });
    expect(parseFrameRate('50/2')).toEqual({ num: 25, den: 1 });
    expect(parseFrameRate('23.976')).toEqual({ num: 24000, den: 1001 });
    expect(parseFrameRate('59.94')).toEqual({ num: 60000, den: 1001 });
    expect(() => parseFrameRate('0/1')).toThrow(/positive whole numbers/);
    expect(() => parseFrameRate('12.5')).toThrow(/Not a frame rate/);
  });
});
