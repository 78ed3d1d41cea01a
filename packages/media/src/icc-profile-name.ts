/**
 * The description of an ICC profile ("sRGB IEC61966-2.1", "Display P3"), read from its
 * 'desc' tag (v2 textDescriptionType or v4 multiLocalizedUnicodeType). Null when absent or malformed.
 */
export function iccProfileName(profile: Uint8Array): string | null {
  const view = new DataView(profile.buffer, profile.byteOffset, profile.byteLength);
  const inside = (offset: number, length: number) => offset >= 0 && length >= 0 && offset + length <= view.byteLength;
  const ascii = (offset: number, length: number) => String.fromCharCode(...profile.subarray(offset, offset + length));
  if (!inside(128, 4)) return null;
  const tagCount = Math.min(view.getUint32(128), 256);
  for (let i = 0; i < tagCount; i++) {
    const entry = 132 + i * 12;
    if (!inside(entry, 12)) return null;
    if (ascii(entry, 4) !== 'desc') continue;
    const offset = view.getUint32(entry + 4);
    const size = view.getUint32(entry + 8);
    if (!inside(offset, size) || size < 12) return null;
    const type = ascii(offset, 4);
    if (type === 'desc') {
      const length = view.getUint32(offset + 8);
      if (!inside(offset + 12, length)) return null;
      return (
        ascii(offset + 12, length)
          .replace(/\0[\s\S]*$/, '')
          .trim() || null
      );
    }
    if (type === 'mluc') {
      const records = view.getUint32(offset + 8);
      if (records < 1 || !inside(offset + 16, 12)) return null;
      const length = view.getUint32(offset + 20);
      const start = offset + view.getUint32(offset + 24);
      if (!inside(start, length)) return null;
      let text = '';
      for (let at = start; at + 1 < start + length; at += 2) text += String.fromCharCode(view.getUint16(at));
      return text.replace(/\0[\s\S]*$/, '').trim() || null;
    }
    return null;
  }
  return null;
}
