import type { Box, TextDetection } from '../engine';

export interface TesseractTsvOptions {
  /** Words below this confidence (0..100, tesseract's scale) are dropped; default 80. */
  minConfidence?: number;
}

interface TsvWord {
  line: string;
  left: number;
  top: number;
  width: number;
  height: number;
  confidence: number;
  text: string;
}

/**
 * Lines of text in tesseract's TSV output (`tesseract image stdout tsv`): words (level 5) of at
 * least `minConfidence` are grouped by their block, paragraph and line numbers, in reading
 * order; a line's box is the union of its words' boxes as fractions of the page (level 1) size,
 * its confidence the mean of its words' (0..1). Pure.
 */
export function parseTesseractTsv(tsv: string, options: TesseractTsvOptions = {}): TextDetection[] {
  const minConfidence = options.minConfidence ?? 80;
  let pageWidth = 0;
  let pageHeight = 0;
  const lines = new Map<string, TsvWord[]>();
  for (const row of tsv.split(/\r?\n/)) {
    const fields = row.split('\t');
    if (fields.length < 12 || fields[0] === 'level') continue;
    const [level, , block, paragraph, line, , left, top, width, height, confidence] = fields.map(Number);
    if (level === 1) {
      pageWidth = width;
      pageHeight = height;
      continue;
    }
    const text = fields.slice(11).join('\t').trim();
    if (level !== 5 || !text || !(confidence >= minConfidence)) continue;
    const key = `${block}/${paragraph}/${line}`;
    const words = lines.get(key) ?? [];
    words.push({ line: key, left, top, width, height, confidence, text });
    lines.set(key, words);
  }
  if (lines.size > 0 && (!pageWidth || !pageHeight)) throw new Error('tesseract output has no page size');
  return [...lines.values()].map((words) => {
    const left = Math.min(...words.map((word) => word.left));
    const top = Math.min(...words.map((word) => word.top));
    const right = Math.max(...words.map((word) => word.left + word.width));
    const bottom = Math.max(...words.map((word) => word.top + word.height));
    const box: Box = {
      x: left / pageWidth,
      y: top / pageHeight,
      width: (right - left) / pageWidth,
      height: (bottom - top) / pageHeight,
    };
    return {
      text: words.map((word) => word.text).join(' '),
      confidence: words.reduce((sum, word) => sum + word.confidence, 0) / words.length / 100,
      box,
    };
  });
}
