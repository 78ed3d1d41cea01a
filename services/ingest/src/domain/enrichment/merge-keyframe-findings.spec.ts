import { mergeKeyframeFindings } from './merge-keyframe-findings';

const box = (x: number) => ({ x, y: 0, width: 0.1, height: 0.1 });

describe('mergeKeyframeFindings', () => {
  it('joins the same label on neighbouring keyframes into one segment up to the next keyframe without it', () => {
    const segments = mergeKeyframeFindings(
      [
        { frame: 0, found: [{ text: 'cat', confidence: 0.5, box: box(0.1) }] },
        {
          frame: 50,
          found: [
            { text: 'cat', confidence: 0.9, box: box(0.2) },
            { text: 'dog', confidence: 0.7, box: box(0.5) },
          ],
        },
        { frame: 125, found: [{ text: 'dog', confidence: 0.6, box: box(0.6) }] },
      ],
      200,
    );
    expect(segments).toEqual([
      { text: 'cat', startFrame: 0, endFrame: 125, confidence: 0.9, box: box(0.2) },
      { text: 'dog', startFrame: 50, endFrame: 200, confidence: 0.7, box: box(0.5) },
    ]);
  });

  it('starts a new segment when a text comes back after a keyframe without it', () => {
    const segments = mergeKeyframeFindings(
      [
        { frame: 0, found: [{ text: 'BREAKING  NEWS', confidence: 0.8, box: null }] },
        { frame: 25, found: [] },
        { frame: 50, found: [{ text: 'breaking news', confidence: 0.7, box: null }] },
      ],
      75,
    );
    expect(segments.map((s) => [s.text, s.startFrame, s.endFrame])).toEqual([
      ['BREAKING NEWS', 0, 25],
      ['breaking news', 50, 75],
    ]);
  });

  it('keeps one finding per text on a keyframe, ignores blank text and gives a still at least one frame', () => {
    const segments = mergeKeyframeFindings(
      [
        {
          frame: 0,
          found: [
            { text: 'person', confidence: 0.4, box: box(0.1) },
            { text: 'person', confidence: 0.8, box: box(0.3) },
            { text: '  ', confidence: 0.9, box: null },
          ],
        },
      ],
      0,
    );
    expect(segments).toEqual([{ text: 'person', startFrame: 0, endFrame: 1, confidence: 0.8, box: box(0.3) }]);
  });

  it('gives the same segments for keyframes in any order', () => {
    const a = { frame: 10, found: [{ text: 'x', confidence: 0.5, box: null }] };
    const b = { frame: 0, found: [{ text: 'x', confidence: 0.5, box: null }] };
    expect(mergeKeyframeFindings([a, b], 20)).toEqual(mergeKeyframeFindings([b, a], 20));
    expect(mergeKeyframeFindings([a, b], 20)).toEqual([
      { text: 'x', startFrame: 0, endFrame: 20, confidence: 0.5, box: null },
    ]);
  });
});
