import {
  highlightFilename,
  highlightTypedPrefix,
  mergeAdjacentMarks,
  orderHighlights,
  queryWords,
} from './search-highlights';

describe('search highlights', () => {
  it('merge the marks of one date or number into one', () => {
    expect(mergeAdjacentMarks('<em>2026</em><em>-03</em><em>-15</em>')).toBe('<em>2026-03-15</em>');
    expect(mergeAdjacentMarks('<em>2026</em>-<em>03</em>-<em>15</em> premiere')).toBe('<em>2026-03-15</em> premiere');
    expect(mergeAdjacentMarks('<em>harbour</em> <em>master</em>')).toBe('<em>harbour</em> <em>master</em>');
  });

  it('mark the matching parts of a file name', () => {
    expect(highlightFilename('boat_trip_final.mp4', queryWords('mp4'))).toBe('boat_trip_final.<em>mp4</em>');
    expect(highlightFilename('Boat_Trip_Final.MP4', queryWords('final mp4'))).toBe('Boat_Trip_<em>Final.MP4</em>');
    expect(highlightFilename('café-cut.mov', queryWords('cafe'))).toBe('<em>café</em>-cut.mov');
    expect(highlightFilename('harbour.mov', queryWords('harb*'))).toBe('<em>harbour</em>.mov');
    expect(highlightFilename('harbour.mov', queryWords('mp4'))).toBeNull();
  });

  it('mark only the typed prefix of a suggested file name', () => {
    expect(highlightTypedPrefix('Harbour_Dawn_v1.MOV', 'harbour_dawn_v')).toBe('<em>Harbour_Dawn_v</em>1.MOV');
    expect(highlightTypedPrefix('room-tone.wav', ' room-t ')).toBe('<em>room-t</em>one.wav');
  });

  it('read title, file name, tags, description, metadata, then technical values for words nothing else shows', () => {
    expect(
      orderHighlights({ technical: ['mov,<em>mp4</em>,m4a'], filename: ['clip.<em>mp4</em>'], title: ['Boat trip'] }),
    ).toEqual(['clip.<em>mp4</em>']);
    expect(orderHighlights({ technical: ['mov,<em>mp4</em>,m4a', 'mov <em>mp4</em> m4a'] })).toEqual([
      'mov,<em>mp4</em>,m4a',
    ]);
    expect(
      orderHighlights({ title: ['<em>Seagull</em> close-up'], technical: ['<em>h264</em>', 'mov,<em>mp4</em>'] }),
    ).toEqual(['<em>Seagull</em> close-up', '<em>h264</em>', 'mov,<em>mp4</em>']);
    expect(orderHighlights({ metadata: ['<em>2026</em>-<em>03</em>'], title: ['<em>Boat</em> trip'] })).toEqual([
      '<em>Boat</em> trip',
      '<em>2026-03</em>',
    ]);
  });
});
