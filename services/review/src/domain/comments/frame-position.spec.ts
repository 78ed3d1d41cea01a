import type { AssetVersionFacts } from '@mam/versions';
import { frameOf, timecodeOf, timingOf } from './frame-position';

const version = (frameRate: string, startTimecode: string | null, durationFrames: number): AssetVersionFacts => ({
  versionId: 'v',
  assetId: 'a',
  workspaceId: 'w',
  number: 1,
  current: true,
  filename: 'f',
  masterKey: 'k',
  sha256: 's',
  size: 1,
  createdAt: null,
  media: {
    kind: 'video',
    format: 'mp4',
    codec: 'h264',
    durationSeconds: 1,
    width: 16,
    height: 16,
    frameRate,
    startTimecode,
    durationFrames,
  },
});

describe('frame positions of comments', () => {
  it('round-trips timecodes at 29.97 drop-frame from a 01:00:00;00 start', () => {
    const timing = timingOf(version('30000/1001', '01:00:00;00', 60_000))!;
    expect(frameOf({ timecode: '01:00:00;10' }, timing, 'at')).toBe(10);
    expect(frameOf({ timecode: '01:01:00;02' }, timing, 'at')).toBe(1800);
    expect(timecodeOf(1800, timing)).toBe('01:01:00;02');
    expect(() => frameOf({ timecode: '01:01:00;00' }, timing, 'at')).toThrow(/does not exist in drop-frame/);
  });

  it('counts 23.976 and 25 with non-drop labels', () => {
    expect(frameOf({ timecode: '01:00:01:00' }, timingOf(version('24000/1001', '01:00:00:00', 48)), 'at')).toBe(24);
    const pal = timingOf(version('25/1', '01:00:00:00', 50))!;
    expect(timecodeOf(frameOf({ frame: 37 }, pal, 'at'), pal)).toBe('01:00:01:12');
  });

  it('refuses frames beyond the duration or before the start, and ambiguous input', () => {
    const timing = timingOf(version('25/1', '10:00:00:00', 25))!;
    expect(() => frameOf({ frame: 25 }, timing, 'at')).toThrow(/beyond the version's duration/);
    expect(() => frameOf({ timecode: '09:59:59:24' }, timing, 'at')).toThrow(/before the version's first frame/);
    expect(() => frameOf({ frame: 1, timecode: '10:00:00:01' }, timing, 'at')).toThrow(/not both/);
    expect(() => frameOf({ frame: 1 }, null, 'at')).toThrow(/no frames/);
  });
});
