import { parseTesseractTsv } from './tesseract-tsv';

const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (...fields: (string | number)[]) => fields.join('\t');
const sample = [
  header,
  row(1, 1, 0, 0, 0, 0, 0, 0, 1280, 720, -1, ''),
  row(2, 1, 1, 0, 0, 0, 52, 6, 48, 10, -1, ''),
  row(4, 1, 1, 1, 1, 0, 52, 6, 48, 10, -1, ''),
  row(5, 1, 1, 1, 1, 1, 52, 6, 48, 10, 21.7, '00.600)'),
  row(5, 1, 4, 1, 1, 1, 320, 560, 256, 50, 96, 'Harbour'),
  row(5, 1, 4, 1, 1, 2, 600, 560, 184, 62, 97, 'Lights'),
  row(5, 1, 4, 1, 1, 3, 808, 536, 152, 76, 98, '2026'),
  row(5, 1, 4, 1, 2, 1, 320, 640, 128, 36, 90, 'Tonight'),
  row(5, 1, 5, 1, 1, 1, 992, 610, 48, 16, 95, ' '),
  '',
].join('\n');

describe('parseTesseractTsv', () => {
  it('groups confident words into lines with boxes as fractions of the image', () => {
    const lines = parseTesseractTsv(sample);
    expect(lines.map((line) => line.text)).toEqual(['Harbour Lights 2026', 'Tonight']);
    expect(lines[0].confidence).toBeCloseTo(0.97);
    expect(lines[0].box.x).toBeCloseTo(320 / 1280);
    expect(lines[0].box.y).toBeCloseTo(536 / 720);
    expect(lines[0].box.width).toBeCloseTo((960 - 320) / 1280);
    expect(lines[0].box.height).toBeCloseTo((622 - 536) / 720);
  });

  it('keeps less confident words when told', () => {
    expect(parseTesseractTsv(sample, { minConfidence: 20 })[0].text).toBe('00.600)');
  });

  it('gives nothing for an image without text', () => {
    expect(parseTesseractTsv([header, row(1, 1, 0, 0, 0, 0, 0, 0, 640, 360, -1, '')].join('\n'))).toEqual([]);
  });
});
