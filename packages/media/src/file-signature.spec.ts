import { fileTypeFromBytes } from './file-signature';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

function ftyp(major: string, ...compatible: string[]): Buffer {
  const size = 16 + compatible.length * 4;
  const header = Buffer.alloc(4);
  header.writeUInt32BE(size);
  return bytes(header, 'ftyp', major, [0, 0, 0, 0], ...compatible, Buffer.alloc(64));
}

function tsPackets(prefix: number): Buffer {
  const packet = prefix + 188;
  const buffer = Buffer.alloc(packet * 6, 0xff);
  for (let i = 0; i < 6; i++) buffer[i * packet + prefix] = 0x47;
  return buffer;
}

const noise = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256));

describe('fileTypeFromBytes', () => {
  it.each([
    ['QuickTime', ftyp('qt  ', 'qt  '), 'video', 'video/quicktime', 'mov'],
    ['MP4', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), 'video', 'video/mp4', 'mp4'],
    ['XAVC MP4', ftyp('XAVC', 'XAVC', 'mp42', 'iso2'), 'video', 'video/mp4', 'mp4'],
    ['M4A', ftyp('M4A ', 'M4A ', 'mp42', 'isom'), 'audio', 'audio/mp4', 'm4a'],
    ['3GP', ftyp('3gp5', '3gp5', 'isom'), 'video', 'video/3gpp', '3gp'],
    ['HEIC', ftyp('heic', 'mif1', 'heic'), 'image', 'image/heic', 'heic'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'image', 'image/avif', 'avif'],
    ['AVIF with mif1 major brand', ftyp('mif1', 'mif1', 'avif', 'miaf'), 'image', 'image/avif', 'avif'],
    [
      'old QuickTime without ftyp',
      bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 0], 'mdat'),
      'video',
      'video/quicktime',
      'mov',
    ],
    [
      'MXF',
      bytes([0x06, 0x0e, 0x2b, 0x34, 0x02, 0x05, 0x01, 0x01, 0x0d, 0x01, 0x02, 0x01, 0x01, 0x02, 0x04, 0x00]),
      'video',
      'application/mxf',
      'mxf',
    ],
    [
      'GXF',
      bytes([0, 0, 0, 0, 0x01, 0xbc, 0, 0, 0x01, 0x18, 0, 0, 0, 0, 0xe1, 0xe2]),
      'video',
      'application/gxf',
      'gxf',
    ],
    [
      'Matroska',
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88], 'matroska'),
      'video',
      'video/x-matroska',
      'mkv',
    ],
    [
      'WebM',
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'),
      'video',
      'video/webm',
      'webm',
    ],
    ['AVI', bytes('RIFF', [0, 0, 0, 0], 'AVI LIST'), 'video', 'video/x-msvideo', 'avi'],
    ['WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'audio', 'audio/wav', 'wav'],
    ['RF64 WAV', bytes('RF64', [0xff, 0xff, 0xff, 0xff], 'WAVEds64'), 'audio', 'audio/wav', 'wav'],
    ['AIFF', bytes('FORM', [0, 0, 0, 0], 'AIFFCOMM'), 'audio', 'audio/aiff', 'aiff'],
    ['AIFC', bytes('FORM', [0, 0, 0, 0], 'AIFCFVER'), 'audio', 'audio/aiff', 'aiff'],
    ['MP3 with ID3', bytes('ID3', [4, 0, 0, 0, 0, 0, 0], [0xff, 0xfb, 0x90, 0x00]), 'audio', 'audio/mpeg', 'mp3'],
    ['FLAC behind ID3', bytes('ID3', [4, 0, 0, 0, 0, 0, 2], [0, 0], 'fLaC'), 'audio', 'audio/flac', 'flac'],
    ['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64], Buffer.alloc(32)), 'audio', 'audio/mpeg', 'mp3'],
    ['MPEG-2 audio layer II frame', bytes([0xff, 0xfd, 0x90, 0x64], Buffer.alloc(32)), 'audio', 'audio/mpeg', 'mp2'],
    ['AAC ADTS', bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]), 'audio', 'audio/aac', 'aac'],
    ['FLAC', bytes('fLaC', [0, 0, 0, 0x22]), 'audio', 'audio/flac', 'flac'],
    ['Ogg Vorbis', bytes('OggS', Buffer.alloc(24), '\x01vorbis'), 'audio', 'audio/ogg', 'ogg'],
    ['Ogg Opus', bytes('OggS', Buffer.alloc(24), 'OpusHead'), 'audio', 'audio/ogg', 'opus'],
    ['Ogg Theora', bytes('OggS', Buffer.alloc(24), '\x80theora'), 'video', 'video/ogg', 'ogg'],
    ['MPEG-TS', tsPackets(0), 'video', 'video/mp2t', 'mpegts'],
    ['M2TS (192-byte packets)', tsPackets(4), 'video', 'video/mp2t', 'mpegts'],
    ['MPEG program stream', bytes([0, 0, 1, 0xba, 0x44]), 'video', 'video/mpeg', 'mpeg'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image', 'image/jpeg', 'jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image', 'image/png', 'png'],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'image', 'image/gif', 'gif'],
    ['WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image', 'image/webp', 'webp'],
    ['TIFF little-endian', bytes('II*\0', [8, 0, 0, 0]), 'image', 'image/tiff', 'tiff'],
    ['TIFF big-endian', bytes('MM\0*', [0, 0, 0, 8]), 'image', 'image/tiff', 'tiff'],
    ['BMP', bytes('BM', [0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0]), 'image', 'image/bmp', 'bmp'],
    ['Photoshop', bytes('8BPS', [0, 1]), 'image', 'image/vnd.adobe.photoshop', 'psd'],
    ['OpenEXR', bytes([0x76, 0x2f, 0x31, 0x01, 2, 0, 0, 0]), 'image', 'image/x-exr', 'exr'],
    ['DPX', bytes('SDPX', [0, 0, 8, 0]), 'image', 'image/x-dpx', 'dpx'],
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), 'document', 'application/pdf', 'pdf'],
    [
      'DOCX',
      bytes(
        'PK\x03\x04',
        Buffer.alloc(26),
        '[Content_Types].xml',
        Buffer.alloc(40),
        'PK\x03\x04',
        Buffer.alloc(26),
        'word/document.xml',
      ),
      'document',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    ],
    [
      'ODT',
      bytes('PK\x03\x04', Buffer.alloc(26), 'mimetypeapplication/vnd.oasis.opendocument.text'),
      'document',
      'application/vnd.oasis.opendocument.text',
      'odf',
    ],
    ['plain zip', bytes('PK\x03\x04', Buffer.alloc(26), 'photos/a.jpg'), 'other', 'application/zip', 'zip'],
    ['text', bytes('Scene 12, take 3: the light was gone by then.\n'), 'document', 'text/plain', 'text'],
    [
      'UTF-8 text',
      bytes(Buffer.from('Überblendung — Szene 4\nNächste Zeile\n', 'utf8')),
      'document',
      'text/plain',
      'text',
    ],
    [
      'UTF-16 text (its BOM is not an MPEG frame)',
      bytes([0xff, 0xfe], Buffer.from('subtitle line\n', 'utf16le')),
      'document',
      'text/plain',
      'text',
    ],
    ['XML', bytes('<?xml version="1.0"?>\n<fcpxml version="1.10"/>'), 'document', 'application/xml', 'xml'],
    ['SVG', bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image', 'image/svg+xml', 'svg'],
    ['WebVTT', bytes('WEBVTT\n\n00:00.000 --> 00:01.000\nhi\n'), 'document', 'text/vtt', 'vtt'],
    ['SubRip', bytes('1\n00:00:01,000 --> 00:00:02,000\nhi\n'), 'document', 'application/x-subrip', 'srt'],
    ['unknown binary', noise, 'other', 'application/octet-stream', 'unknown'],
  ])('%s', (_name, input, kind, mime, format) => {
    expect(fileTypeFromBytes(input)).toEqual({ kind, mime, format });
  });

  it('does not take a text file for video whatever it is called', () => {
    expect(fileTypeFromBytes(bytes('ftyp is a word in this text, not a box\n')).kind).toBe('document');
  });

  it('judges a text sample cut inside a multi-byte character as text', () => {
    const text = Buffer.from('Größe '.repeat(50), 'utf8');
    expect(fileTypeFromBytes(text.subarray(0, text.length - 1)).format).toBe('text');
  });
});
