import { rationalTime } from '@mam/fcpxml';
import { buildFcpxmlMarkers } from './build-fcpxml-markers';
import { marker, ntsc, pal } from './fixtures';

describe('rationalTime', () => {
  it('writes frames × den over num seconds, and 0s', () => {
    expect(rationalTime(107892, ntsc.rate)).toBe('107999892/30000s');
    expect(rationalTime(0, pal.rate)).toBe('0s');
    expect(() => rationalTime(-1, pal.rate)).toThrow(RangeError);
  });
});

describe('buildFcpxmlMarkers', () => {
  it("puts a marker per comment on the version's clip at exact source times; ranges get their length", () => {
    const xml = buildFcpxmlMarkers(ntsc, [
      marker(1800),
      marker(10, 39, { name: 'Rob', description: 'Flash <now> & "then"\nRita: ok', resolved: true }),
    ]);
    expect(xml).toContain('<fcpxml version="1.10">');
    expect(xml).toContain('<format id="r1" frameDuration="1001/30000s"/>');
    const start = `${107892 * 1001}/30000s`;
    expect(xml).toContain(`<sequence format="r1" duration="${2000 * 1001}/30000s" tcStart="${start}" tcFormat="DF">`);
    expect(xml).toContain(
      `<asset-clip ref="r2" offset="${start}" name="Harbour &amp; Sea.mov" start="${start}" duration="${2000 * 1001}/30000s" format="r1" tcFormat="DF">`,
    );
    expect(xml).toContain(
      `<marker start="${(107892 + 1800) * 1001}/30000s" duration="1001/30000s" value="Rita" completed="0" note="Too dark"/>`,
    );
    expect(xml).toContain(
      `<marker start="${(107892 + 10) * 1001}/30000s" duration="${30 * 1001}/30000s" value="Rob" completed="1" note="Flash &lt;now&gt; &amp; &quot;then&quot;&#10;Rita: ok"/>`,
    );
    expect(xml).toContain('<media-rep kind="original-media" src="./Harbour%20%26%20Sea.mov"/>');
  });

  it('writes a clip without markers when there are no comments at frames', () => {
    const xml = buildFcpxmlMarkers(pal, []);
    expect(xml).toContain(
      '<asset-clip ref="r2" offset="900000/25s" name="pal.mp4" start="900000/25s" duration="50/25s" format="r1" tcFormat="NDF"/>',
    );
    expect(xml).not.toContain('<marker');
  });
});
