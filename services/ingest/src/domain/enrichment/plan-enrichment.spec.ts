import { planEnrichment } from './plan-enrichment';

const on = { enabled: true, faces: true };

describe('planEnrichment', () => {
  it('gives a video with sound a transcript and every picture engine', () => {
    expect(planEnrichment('video', { hasAudio: true, hasVideo: true }, on)).toEqual([
      'transcript',
      'text',
      'objects',
      'faces',
      'logos',
    ]);
  });

  it('gives a silent video only the picture engines, and audio only the transcript', () => {
    expect(planEnrichment('video', { hasAudio: false, hasVideo: true }, on)).toEqual([
      'text',
      'objects',
      'faces',
      'logos',
    ]);
    expect(planEnrichment('audio', { hasAudio: true, hasVideo: false }, on)).toEqual(['transcript']);
  });

  it('reads a still image for text, objects, faces and logos', () => {
    expect(planEnrichment('image', { hasAudio: false, hasVideo: true }, on)).toEqual([
      'text',
      'objects',
      'faces',
      'logos',
    ]);
  });

  it('leaves faces out where face recognition is turned off, and everything where enrichment is', () => {
    expect(planEnrichment('image', { hasAudio: false, hasVideo: true }, { enabled: true, faces: false })).toEqual([
      'text',
      'objects',
      'logos',
    ]);
    expect(planEnrichment('video', { hasAudio: true, hasVideo: true }, { enabled: false, faces: true })).toEqual([]);
  });

  it('plans nothing for documents and other files', () => {
    expect(planEnrichment('document', { hasAudio: false, hasVideo: false }, on)).toEqual([]);
    expect(planEnrichment('other', { hasAudio: false, hasVideo: false }, on)).toEqual([]);
  });
});
