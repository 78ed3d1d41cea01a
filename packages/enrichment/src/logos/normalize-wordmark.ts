/**
 * Text as OCR and wordmarks are compared: no accents, lower case, letters and digits only, with
 * the glyphs OCR confuses folded together (0/o, 1/l/i/|, 5/s, 8/b, rn/m, vv/w).
 */
export function normalizeWordmark(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/\|/g, 'l')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/0/g, 'o')
    .replace(/[1i]/g, 'l')
    .replace(/5/g, 's')
    .replace(/8/g, 'b');
}
