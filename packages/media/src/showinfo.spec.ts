import { showinfoTime } from './showinfo';

describe('showinfoTime', () => {
  it('reads pts_time from frame lines and ignores the rest', () => {
    expect(
      showinfoTime(
        '[Parsed_showinfo_2 @ 0x55d1c] [info] n:   3 pts:  48048 pts_time:2.002   duration:   1001 duration_time:0.04170833 fmt:yuvj420p',
      ),
    ).toBe(2.002);
    expect(showinfoTime('[Parsed_showinfo_1 @ 0x1] n:0 pts:0 pts_time:0 pos:48 fmt:yuv420p')).toBe(0);
    expect(
      showinfoTime('[Parsed_showinfo_2 @ 0x55d1c] [info] config in time_base: 1/24000, frame_rate: 24000/1001'),
    ).toBeNull();
    expect(showinfoTime('[info] n:   3 pts:  48048 pts_time:2.002')).toBeNull();
  });
});
