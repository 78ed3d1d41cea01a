import { pageCountFromPdfinfo, pdfPageArgs } from './pdf-page-args';

describe('pdfPageArgs', () => {
  it('renders one page to a single PNG scaled to a width', () => {
    expect(
      pdfPageArgs({
        input: 'doc.pdf',
        outputPrefix: 'out/preview',
        firstPage: 1,
        lastPage: 1,
        width: 1280,
        format: 'png',
      }),
    ).toEqual([
      '-f',
      '1',
      '-l',
      '1',
      '-scale-to-x',
      '1280',
      '-scale-to-y',
      '-1',
      '-png',
      '-singlefile',
      'doc.pdf',
      'out/preview',
    ]);
  });

  it('renders a page range to numbered JPEGs', () => {
    expect(
      pdfPageArgs({
        input: 'doc.pdf',
        outputPrefix: 'out/page',
        firstPage: 1,
        lastPage: 20,
        width: 320,
        format: 'jpeg',
      }),
    ).toEqual([
      '-f',
      '1',
      '-l',
      '20',
      '-scale-to-x',
      '320',
      '-scale-to-y',
      '-1',
      '-jpeg',
      '-jpegopt',
      'quality=80',
      'doc.pdf',
      'out/page',
    ]);
  });
});

describe('pageCountFromPdfinfo', () => {
  it('reads the Pages line', () => {
    expect(pageCountFromPdfinfo('Tagged:          no\nPages:           12\nEncrypted:       no\n')).toBe(12);
    expect(pageCountFromPdfinfo('Syntax Error: nothing here\n')).toBeNull();
  });
});
