import { timecodeToFrames } from '@mam/timecode';
import { buildEdl } from './build-edl';
import { marker, ntsc, pal } from './fixtures';

describe('buildEdl', () => {
  it('writes a drop-frame EDL: one event over the version and a locator at each commented frame', () => {
    const edl = buildEdl(ntsc, [
      marker(1800),
      marker(10, 40, { name: 'Rob', description: 'Flash\nRita: agreed', resolved: true }),
    ]);
    expect(edl.split('\n')).toEqual([
      'TITLE: Harbour & Sea.mov',
      'FCM: DROP FRAME',
      '',
      '001  HARBOUR_ V     C        01:00:00;00 01:01:06;22 01:00:00;00 01:01:06;22',
      '* FROM CLIP NAME: Harbour & Sea.mov',
      '* LOC: 01:01:00;02 RED     Rita: Too dark',
      '* LOC: 01:00:00;10 GREEN   Rob: Flash / Rita: agreed (to 01:00:01;10)',
      '',
    ]);
    // 1800 frames after 01:00:00;00 is past the first minute, where ;00 and ;01 are dropped.
    expect(timecodeToFrames('01:01:00;02', ntsc.rate, { dropFrame: true }) - ntsc.startFrames).toBe(1800);
  });

  it('writes non-drop labels for 25 fps and keeps locator text on one line', () => {
    const edl = buildEdl(pal, [marker(49, 49, { description: 'line one\r\n\tline two' })]);
    expect(edl).toContain('FCM: NON-DROP FRAME\n');
    expect(edl).toContain('001  PAL      V     C        10:00:00:00 10:00:02:00 10:00:00:00 10:00:02:00\n');
    expect(edl).toContain('* LOC: 10:00:01:24 RED     Rita: line one / line two\n');
  });
});
