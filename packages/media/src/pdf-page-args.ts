export interface PdfPageArgsInput {
  input: string;
  /** pdftoppm writes `<prefix>-<page>.<ext>`, or `<prefix>.<ext>` for a single page. */
  outputPrefix: string;
  firstPage: number;
  lastPage: number;
  /** Width of each page picture; the height follows the page's shape. */
  width: number;
  format: 'png' | 'jpeg';
}

/** pdftoppm arguments for pictures of a range of pages, scaled to a width (never a DPI a page could blow up). */
export function pdfPageArgs(options: PdfPageArgsInput): string[] {
  const single = options.firstPage === options.lastPage ? ['-singlefile'] : [];
  const format = options.format === 'png' ? ['-png'] : ['-jpeg', '-jpegopt', 'quality=80'];
  return [
    '-f',
    String(options.firstPage),
    '-l',
    String(options.lastPage),
    '-scale-to-x',
    String(options.width),
    '-scale-to-y',
    '-1',
    ...format,
    ...single,
    options.input,
    options.outputPrefix,
  ];
}

/** The page count pdfinfo prints ("Pages:          12"), or null. */
export function pageCountFromPdfinfo(output: string): number | null {
  const match = /^Pages:\s+(\d+)\s*$/m.exec(output);
  return match ? Number(match[1]) : null;
}
