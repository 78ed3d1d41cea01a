import { UNKNOWN_FILE_TYPE, type FileType } from './file-type';
import { textFileType } from './text-file-type';

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));
const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

const video = (mime: string, format: string): FileType => ({ kind: 'video', mime, format });
const audio = (mime: string, format: string): FileType => ({ kind: 'audio', mime, format });
const image = (mime: string, format: string): FileType => ({ kind: 'image', mime, format });
const document = (mime: string, format: string): FileType => ({ kind: 'document', mime, format });

const MXF_PARTITION_KEY = [0x06, 0x0e, 0x2b, 0x34, 0x02, 0x05, 0x01, 0x01, 0x0d, 0x01, 0x02, 0x01, 0x01];
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);

function isoBaseMediaType(bytes: Uint8Array): FileType {
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const major = ascii(bytes, 8, 4);
  const brands = [major];
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length); at += 4) brands.push(ascii(bytes, at, 4));
  if (major === 'qt  ') return video('video/quicktime', 'mov');
  if (major === 'avif' || major === 'avis') return image('image/avif', 'avif');
  if (HEIC_BRANDS.has(major)) return image('image/heic', 'heic');
  if (major === 'mif1' || major === 'msf1') {
    if (brands.includes('avif')) return image('image/avif', 'avif');
    if (brands.some((brand) => HEIC_BRANDS.has(brand))) return image('image/heic', 'heic');
    return image('image/heif', 'heif');
  }
  if (major === 'crx ') return image('image/x-canon-cr3', 'cr3');
  if (major.startsWith('M4A') || major.startsWith('M4B') || major === 'M4P ' || major === 'F4A ')
    return audio('audio/mp4', 'm4a');
  if (major.startsWith('3g2')) return video('video/3gpp2', '3g2');
  if (major.startsWith('3gp') || major.startsWith('3ge') || major.startsWith('3gg')) return video('video/3gpp', '3gp');
  if (major.startsWith('M4V')) return video('video/x-m4v', 'm4v');
  return video('video/mp4', 'mp4');
}

function isMpegTransportStream(bytes: Uint8Array): boolean {
  for (const [offset, packet] of [
    [0, 188],
    [4, 192],
  ]) {
    const packets = Math.min(4, Math.floor((bytes.length - offset - 1) / packet) + 1);
    if (packets < 2) continue;
    let all = true;
    for (let i = 0; i < packets && all; i++) all = bytes[offset + i * packet] === 0x47;
    if (all) return true;
  }
  return false;
}

/** MPEG audio layer II or III frame header (layer I is left out: it collides with UTF-16 text). */
function mpegAudioLayer(bytes: Uint8Array, at = 0): 2 | 3 | null {
  if (bytes[at] !== 0xff || (bytes[at + 1] & 0xe0) !== 0xe0) return null;
  const version = (bytes[at + 1] >> 3) & 0x03;
  const layer = (bytes[at + 1] >> 1) & 0x03;
  const bitrateIndex = bytes[at + 2] >> 4;
  const sampleRateIndex = (bytes[at + 2] >> 2) & 0x03;
  if (version === 1 || bitrateIndex === 0x0f || sampleRateIndex === 0x03) return null;
  if (layer === 1) return 3;
  if (layer === 2) return 2;
  return null;
}

const isAdts = (bytes: Uint8Array, at = 0) =>
  bytes[at] === 0xff && (bytes[at + 1] & 0xf6) === 0xf0 && ((bytes[at + 2] >> 2) & 0x0f) < 13;

/** What follows an ID3v2 tag: usually MP3, sometimes AAC or FLAC. */
function afterId3(bytes: Uint8Array): FileType {
  const size = ((bytes[6] & 0x7f) << 21) | ((bytes[7] & 0x7f) << 14) | ((bytes[8] & 0x7f) << 7) | (bytes[9] & 0x7f);
  const end = 10 + size + (bytes[5] & 0x10 ? 10 : 0);
  if (ascii(bytes, end, 4) === 'fLaC') return audio('audio/flac', 'flac');
  if (isAdts(bytes, end)) return audio('audio/aac', 'aac');
  return audio('audio/mpeg', mpegAudioLayer(bytes, end) === 2 ? 'mp2' : 'mp3');
}

function oggType(bytes: Uint8Array): FileType {
  const head = ascii(bytes, 28, 8);
  if (head.startsWith('\x80theora')) return video('video/ogg', 'ogg');
  if (head.startsWith('OpusHead')) return audio('audio/ogg', 'opus');
  return audio('audio/ogg', 'ogg');
}

function zipType(bytes: Uint8Array): FileType {
  const head = ascii(bytes, 0, bytes.length);
  const mimetype = /^PK\x03\x04[\s\S]{26}mimetype(application\/[\w.+-]+)/.exec(head);
  if (mimetype) return document(mimetype[1], mimetype[1] === 'application/epub+zip' ? 'epub' : 'odf');
  if (head.includes('word/'))
    return document('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx');
  if (head.includes('xl/'))
    return document('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx');
  if (head.includes('ppt/'))
    return document('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx');
  return { kind: 'other', mime: 'application/zip', format: 'zip' };
}

/** GXF (SMPTE 360M): a packet leader 00 00 00 00 01, a map packet (0xbc), trailer E1 E2 at bytes 14-15. */
const isGxf = (bytes: Uint8Array) =>
  startsWith(bytes, [0x00, 0x00, 0x00, 0x00, 0x01, 0xbc]) && bytes[14] === 0xe1 && bytes[15] === 0xe2;

function isBmp(bytes: Uint8Array): boolean {
  if (ascii(bytes, 0, 2) !== 'BM' || bytes.length < 18) return false;
  const dibHeaderSize = bytes[14] | (bytes[15] << 8) | (bytes[16] << 16) | (bytes[17] << 24);
  return [12, 16, 40, 52, 56, 64, 108, 124].includes(dibHeaderSize);
}

/**
 * Identifies a file from its first bytes (a few KB are enough), never from its name.
 * Unknown binary data is 'other' / application/octet-stream.
 */
export function fileTypeFromBytes(bytes: Uint8Array): FileType {
  const four = ascii(bytes, 0, 4);
  const form = ascii(bytes, 8, 4);
  if (ascii(bytes, 4, 4) === 'ftyp') return isoBaseMediaType(bytes);
  if (['moov', 'mdat', 'wide', 'pnot'].includes(ascii(bytes, 4, 4))) return video('video/quicktime', 'mov');
  if (startsWith(bytes, MXF_PARTITION_KEY)) return video('application/mxf', 'mxf');
  if (isGxf(bytes)) return video('application/gxf', 'gxf');
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    return ascii(bytes, 0, 64).includes('webm') ? video('video/webm', 'webm') : video('video/x-matroska', 'mkv');
  }
  if (four === 'RIFF' || four === 'RF64' || four === 'BW64') {
    if (form === 'WAVE') return audio('audio/wav', 'wav');
    if (form === 'AVI ') return video('video/x-msvideo', 'avi');
    if (form === 'WEBP') return image('image/webp', 'webp');
  }
  if (four === 'FORM' && (form === 'AIFF' || form === 'AIFC')) return audio('audio/aiff', 'aiff');
  if (four === 'fLaC') return audio('audio/flac', 'flac');
  if (four === 'OggS') return oggType(bytes);
  if (four === 'caff') return audio('audio/x-caf', 'caf');
  if (ascii(bytes, 0, 3) === 'ID3') return afterId3(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return image('image/jpeg', 'jpeg');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('image/png', 'png');
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return image('image/gif', 'gif');
  if (four === 'II*\0' || four === 'MM\0*' || four === 'II+\0' || four === 'MM\0+') return image('image/tiff', 'tiff');
  if (four === '8BPS') return image('image/vnd.adobe.photoshop', 'psd');
  if (four === 'SDPX' || four === 'XPDS') return image('image/x-dpx', 'dpx');
  if (startsWith(bytes, [0x76, 0x2f, 0x31, 0x01])) return image('image/x-exr', 'exr');
  if (startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20])) return image('image/jp2', 'jp2');
  if (startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20]) || startsWith(bytes, [0xff, 0x0a]))
    return image('image/jxl', 'jxl');
  if (isBmp(bytes)) return image('image/bmp', 'bmp');
  if (ascii(bytes, 0, 5) === '%PDF-') return document('application/pdf', 'pdf');
  if (four === 'PK\x03\x04' || four === 'PK\x05\x06') return zipType(bytes);
  if (startsWith(bytes, [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11])) return video('video/x-ms-asf', 'asf');
  if (ascii(bytes, 0, 3) === 'FLV') return video('video/x-flv', 'flv');
  if (isMpegTransportStream(bytes)) return video('video/mp2t', 'mpegts');
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0xba])) return video('video/mpeg', 'mpeg');
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0xb3])) return video('video/mpeg', 'm2v');
  if (isAdts(bytes)) return audio('audio/aac', 'aac');
  const layer = mpegAudioLayer(bytes);
  if (layer) return audio('audio/mpeg', layer === 3 ? 'mp3' : 'mp2');
  return textFileType(bytes) ?? UNKNOWN_FILE_TYPE;
}
