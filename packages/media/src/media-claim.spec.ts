import { describeContent, kindClaimedByName } from './media-claim';

describe('kindClaimedByName', () => {
  it('reads what the extension claims, in any case', () => {
    expect(kindClaimedByName('script.MOV')).toBe('video');
    expect(kindClaimedByName('take 1.wav')).toBe('audio');
    expect(kindClaimedByName('still.jpeg')).toBe('image');
    expect(kindClaimedByName('notes.txt')).toBeNull();
    expect(kindClaimedByName('no-extension')).toBeNull();
  });
});

describe('describeContent', () => {
  it('names the content in words', () => {
    expect(describeContent({ kind: 'document', mime: 'text/plain', format: 'text' })).toBe('plain text');
    expect(describeContent({ kind: 'document', mime: 'application/pdf', format: 'pdf' })).toBe('a PDF document');
    expect(describeContent({ kind: 'other', mime: 'application/x-thing', format: 'thing' })).toBe(
      'application/x-thing',
    );
  });
});
