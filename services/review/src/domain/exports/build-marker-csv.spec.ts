import { buildMarkerCsv } from './build-marker-csv';
import { marker, ntsc, pal } from './fixtures';

describe('buildMarkerCsv', () => {
  it("writes Premiere's tab-separated marker list with drop-frame timecodes", () => {
    const csv = buildMarkerCsv(ntsc, [
      marker(1800),
      marker(10, 39, { name: 'Rob', description: 'Flash\nRita: agreed' }),
    ]);
    expect(csv.split('\n')).toEqual([
      'Marker Name\tDescription\tIn\tOut\tDuration\tMarker Type',
      'Rita\tToo dark\t01:01:00;02\t01:01:00;02\t00:00:00;00\tComment',
      'Rob\tFlash / Rita: agreed\t01:00:00;10\t01:00:01;10\t00:00:01;00\tComment',
      '',
    ]);
  });

  it('writes non-drop labels at 25 fps and keeps tabs out of fields', () => {
    const csv = buildMarkerCsv(pal, [marker(0, 0, { name: 'A\tB', description: 'x\ty' })]);
    expect(csv.split('\n')[1]).toBe('A B\tx y\t10:00:00:00\t10:00:00:00\t00:00:00:00\tComment');
  });
});
