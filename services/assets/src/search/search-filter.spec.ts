import { checkFilter } from './search-filter';

describe('checkFilter', () => {
  it('leaves out what was not given and normalises what was', () => {
    expect(checkFilter(undefined)).toEqual({ metadata: [] });
    expect(
      checkFilter({
        frameRates: ['25', '50/2', '24000/1001'],
        tags: [' drone ', 'drone'],
        duration: { gte: null, lte: 60 },
      }),
    ).toEqual({
      frameRates: ['25/1', '24000/1001'],
      tags: ['drone'],
      duration: { lte: 60 },
      metadata: [],
    });
  });

  it('takes a bare day as lower bound from its start and as upper bound to its end', () => {
    expect(checkFilter({ createdAt: { gte: '2025-03-01', lte: '2025-03-01' } }).createdAt).toEqual({
      gte: '2025-03-01T00:00:00.000Z',
      lte: '2025-03-01T23:59:59.999Z',
    });
  });

  it('reads metadata conditions as any-of, number range or date range', () => {
    expect(
      checkFilter({
        metadata: [
          { key: 'episode', equals: 4 },
          { key: 'cleared', anyOf: [true] },
          { key: 'episode', lte: 9 },
          { key: 'premiere', gte: '2024-01-01', lte: '2024-12-31' },
        ],
      }).metadata,
    ).toEqual([
      { key: 'episode', kind: 'anyOf', values: ['4'] },
      { key: 'cleared', kind: 'anyOf', values: ['true'] },
      { key: 'episode', kind: 'numberRange', lte: 9 },
      { key: 'premiere', kind: 'dateRange', gte: '2024-01-01', lte: '2024-12-31' },
    ]);
  });

  it.each([
    [{ types: ['hologram'] }, 'filter.types: asset types are video, audio, image, document, other'],
    [{ types: [] }, 'filter.types must list at least one value, or be left out'],
    [
      { frameRates: ['29.97'] },
      'filter.frameRates: "29.97" is not an exact frame rate; write it as num/den, e.g. 25/1 or 30000/1001',
    ],
    [{ duration: { gte: 60, lte: 10 } }, 'filter.duration.gte must not be above filter.duration.lte'],
    [{ duration: { gte: -1 } }, 'filter.duration.gte must be a number of at least 0'],
    [{ minWidth: 12.5 }, 'filter.minWidth must be a whole number of pixels, at least 0'],
    [
      { createdAt: { gte: 'yesterday' } },
      'filter.createdAt.gte must be an ISO 8601 date or date-time, e.g. 2025-01-31 or 2025-01-31T12:00:00Z',
    ],
    [
      { createdAt: { gte: '2025-02-01', lte: '2025-01-01' } },
      'filter.createdAt.gte must not be after filter.createdAt.lte',
    ],
    [{ metadata: [{ key: 'Episode', equals: 1 }] }, 'filter.metadata[0].key is not a metadata field key'],
    [{ metadata: [{ key: 'episode' }] }, 'filter.metadata[0] needs exactly one of equals, anyOf, or gte/lte'],
    [
      { metadata: [{ key: 'episode', equals: 1, gte: 1 }] },
      'filter.metadata[0] needs exactly one of equals, anyOf, or gte/lte',
    ],
    [
      { metadata: [{ key: 'episode', equals: { a: 1 } }] },
      'filter.metadata[0] values must be strings, numbers or booleans',
    ],
    [
      { metadata: [{ key: 'episode', gte: 1, lte: '2024-01-01' }] },
      'filter.metadata[0].gte and lte must both be numbers, or both dates written YYYY-MM-DD',
    ],
    [
      { metadata: Array.from({ length: 21 }, () => ({ key: 'a', equals: 1 })) },
      'filter.metadata may hold at most 20 conditions',
    ],
  ])('refuses %j', (filter, message) => {
    expect(() => checkFilter(filter)).toThrow(message);
  });
});
