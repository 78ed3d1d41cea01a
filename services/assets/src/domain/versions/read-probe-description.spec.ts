import { readProbeDescription } from './read-probe-description';

const probe = (technicalMetadataJson: string) => ({ format: 'mov,mp4', codec: 'h264', technicalMetadataJson });

describe('readProbeDescription', () => {
  it('keeps format, codec and a parsable description as ingest sent them', () => {
    expect(readProbeDescription(probe('{"streams":[]}'))).toEqual({
      format: 'mov,mp4',
      codec: 'h264',
      technicalJson: '{"streams":[]}',
    });
  });

  it('keeps no description that is empty, unparsable or over 256 KiB', () => {
    expect(readProbeDescription(probe('')).technicalJson).toBeNull();
    expect(readProbeDescription(probe('{"streams":')).technicalJson).toBeNull();
    expect(readProbeDescription(probe(JSON.stringify({ exif: 'x'.repeat(256 * 1024) }))).technicalJson).toBeNull();
    expect(readProbeDescription(probe(JSON.stringify({ exif: 'x'.repeat(1000) }))).technicalJson).not.toBeNull();
  });
});
