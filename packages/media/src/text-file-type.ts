import type { FileType } from './file-type';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  // The sample may end inside a multi-byte character: drop up to three trailing bytes.
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    try {
      return utf8.decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      // try a shorter slice
    }
  }
  return null;
}

function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2, bytes.length & ~1));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2, bytes.length & ~1));
  const text = decodeUtf8(bytes);
  if (text !== null) return text;
  // Legacy 8-bit text (Latin-1, Windows-1252) has no NULs and few control bytes.
  return bytes.includes(0) ? null : new TextDecoder('latin1').decode(bytes);
}

function isMostlyPrintable(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) control++;
  }
  return control <= text.length * 0.01;
}

/** Text formats judged from the first bytes of a file; null when the bytes are not text. */
export function textFileType(bytes: Uint8Array): FileType | null {
  if (bytes.length === 0) return null;
  const decoded = decodeText(bytes);
  if (decoded === null || !isMostlyPrintable(decoded)) return null;
  const text = decoded.replace(/^\uFEFF/, '');
  const head = text.trimStart().slice(0, 1024).toLowerCase();
  if (head.startsWith('webvtt')) return { kind: 'document', mime: 'text/vtt', format: 'vtt' };
  if (/^\d+\r?\n\d\d:\d\d:\d\d,\d\d\d --> /.test(head))
    return { kind: 'document', mime: 'application/x-subrip', format: 'srt' };
  if (head.startsWith('<!doctype html') || head.startsWith('<html'))
    return { kind: 'document', mime: 'text/html', format: 'html' };
  if (head.startsWith('<')) {
    if (/<svg[\s>]/.test(head)) return { kind: 'image', mime: 'image/svg+xml', format: 'svg' };
    if (head.startsWith('<?xml') || /^<[a-z_][\w:.-]*[\s>/]/.test(head))
      return { kind: 'document', mime: 'application/xml', format: 'xml' };
  }
  return { kind: 'document', mime: 'text/plain', format: 'text' };
}
