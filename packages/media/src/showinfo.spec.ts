import { namedShowinfoTime, showinfoTime } from './showinfo';

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

describe('namedShowinfoTime', () => {
  it('tells which named showinfo logged a frame, and at what time', () => {
    expect(
      namedShowinfoTime(
        '[showinfo@interval @ 0x55e73a241740] [info] n:   2 pts:  16896 pts_time:1.32    pos:   297991 fmt:yuvj420p',
      ),
    ).toEqual({ name: 'interval', seconds: 1.32 });
    expect(
      namedShowinfoTime('[showinfo@scene @ 0x5] [info] config in time_base: 1/12800, frame_rate: 25/1'),
    ).toBeNull();
    expect(namedShowinfoTime('[Parsed_showinfo_2 @ 0x55d1c] [info] n:   3 pts:  48048 pts_time:2.002')).toBeNull();
  });
});
