import { layoutLanes } from './lanes';

const segment = (id: string, kind: string, startFrame: number, endFrame: number, text = id) => ({
  id,
  kind,
  text,
  startFrame,
  endFrame,
});

describe('layoutLanes', () => {
  it('makes one lane per kind present, people first, each bar at its share of the clip', () => {
    const lanes = layoutLanes(
      [segment('t', 'TEXT', 25, 75, 'MAMMOTH'), segment('p', 'PERSON', 0, 50), segment('s', 'TRANSCRIPT', 0, 10)],
      100,
    );
    expect(lanes.map((lane) => [lane.title, lane.rows])).toEqual([
      ['People', 1],
      ['On-screen text', 1],
    ]);
    expect(lanes[1].bars).toEqual([{ segment: expect.objectContaining({ id: 't' }), left: 25, width: 50, row: 0 }]);
    expect(lanes[0].bars[0]).toMatchObject({ left: 0, width: 50 });
  });

  it('stacks bars that overlap in time into rows, reusing a row once it is free, at most maxRows', () => {
    const [labels] = layoutLanes(
      [
        segment('a', 'LABEL', 0, 40),
        segment('b', 'LABEL', 10, 30),
        segment('c', 'LABEL', 35, 50),
        segment('d', 'LABEL', 36, 60),
        segment('e', 'LABEL', 37, 60),
      ],
      100,
      3,
    );
    expect(labels.bars.map((bar) => [bar.segment.id, bar.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
      ['d', 2],
      ['e', 2],
    ]);
    expect(labels.rows).toBe(3);
  });

  it('keeps bars inside the clip and gives a one-frame segment a visible width', () => {
    const [logos] = layoutLanes([segment('l', 'LOGO', 90, 130), segment('m', 'LOGO', 10, 10)], 100);
    expect(logos.bars.map((bar) => [bar.left, bar.width])).toEqual([
      [10, 1],
      [90, 10],
    ]);
  });
});
