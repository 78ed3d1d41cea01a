import { createProgressParser } from './ffmpeg-progress';

describe('createProgressParser', () => {
  it('reports out_time against the duration, across chunk boundaries, and 1 at the end', () => {
    const seen: number[] = [];
    const parse = createProgressParser(10, (fraction) => seen.push(fraction));
    parse('frame=10\nout_time_us=2500');
    parse('000\nout_time=00:00:02.500000\nprogress=continue\nout_time_us=N/A\nout_time_us=-500\n');
    parse('out_time_us=7500000\nprogress=continue\nout_time_us=7000000\nprogress=end\n');
    expect(seen).toEqual([0.25, 0.75, 1]);
  });

  it('never passes 1 before the end and reports only the end without a duration', () => {
    const capped: number[] = [];
    createProgressParser(1, (fraction) => capped.push(fraction))('out_time_us=3000000\n');
    expect(capped).toEqual([1]);
    const unknown: number[] = [];
    const parse = createProgressParser(null, (fraction) => unknown.push(fraction));
    parse('out_time_us=3000000\nprogress=end\n');
    expect(unknown).toEqual([1]);
  });
});
