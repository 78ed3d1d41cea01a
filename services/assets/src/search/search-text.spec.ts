import { technicalText } from './search-text';
import { bucketOf, DURATION_BUCKETS, RESOLUTION_BUCKETS } from './search-facets';
import { toIndexedDocument } from './indexed-document';

describe('technicalText', () => {
  it('keeps distinct words of a technical description, with split copies, and no bare numbers', () => {
    const text = technicalText({
      container: 'mov,mp4,m4a,3gp,3g2,mj2',
      durationSeconds: 12.5,
      startTimecode: '10:00:00:00',
      streams: [
        { codec: 'h264', codecLongName: 'H.264 / AVC / MPEG-4 AVC / MPEG-10', profile: 'High', frameCount: 300 },
        { codec: 'aac', sampleRate: 48000, bitRate: '96000' },
      ],
    });
    expect(text).toEqual([
      'mov,mp4,m4a,3gp,3g2,mj2',
      'mov mp4 m4a 3gp 3g2 mj2',
      '10:00:00:00',
      '10 00 00 00',
      'h264',
      'H.264 / AVC / MPEG-4 AVC / MPEG-10',
      'H 264 AVC MPEG 4 AVC MPEG 10',
      'High',
      'aac',
    ]);
  });

  it('is bounded', () => {
    expect(technicalText({ tags: Array.from({ length: 1000 }, (_, i) => `value-${i}`) })).toHaveLength(200);
    expect(technicalText(null)).toEqual([]);
  });
});

describe('facet buckets', () => {
  it('classes resolution by the short side and duration by seconds', () => {
    expect([576, 719, 720, 1079, 1080, 2159, 2160, 4320].map((v) => bucketOf(RESOLUTION_BUCKETS, v))).toEqual([
      'SD',
      'SD',
      'HD',
      'HD',
      'FHD',
      'FHD',
      'UHD',
      'UHD',
    ]);
    expect([0, 59.9, 60, 299, 300, 1199, 1200, 3599, 3600].map((v) => bucketOf(DURATION_BUCKETS, v))).toEqual([
      '0-60',
      '0-60',
      '60-300',
      '60-300',
      '300-1200',
      '300-1200',
      '1200-3600',
      '1200-3600',
      '3600-',
    ]);
  });

  it('derives the indexed fields the facets and filters read', () => {
    const doc = toIndexedDocument({
      id: 'a',
      workspaceId: 'w',
      title: 't',
      description: '',
      createdAt: '2025-01-01T00:00:00.000Z',
      filenames: [],
      metadata: { episode: 3, premiere: '2024-05-01', note: 'x' },
      media: {
        mediaKind: 'video',
        format: 'mov',
        codec: 'h264',
        durationSeconds: 0,
        width: 1080,
        height: 1920,
        frameRate: '60000/2002',
        technicalText: [],
      },
    });
    expect(doc).toMatchObject({
      type: 'video',
      shortSide: 1080,
      frameRate: '30000/1001',
      durationSeconds: null,
      updatedAt: '2025-01-01T00:00:00.000Z',
      tags: [],
      segments: [],
    });
    expect(doc.fps).toBeCloseTo(29.97, 2);
    expect(doc.metadataRanges).toEqual([
      { key: 'episode', number: 3 },
      { key: 'premiere', date: '2024-05-01' },
    ]);
  });
});
