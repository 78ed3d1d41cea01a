import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReviewReport } from './build-review-report';

/** The report's text as pdftotext reads it, one line of the page per line. */
function textOf(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('buildReviewReport', () => {
  it('writes a PDF whose text holds each thread by timecode, its replies and the decisions', async () => {
    const pdf = await buildReviewReport({
      title: 'ntsc.mp4 v2',
      status: 'CHANGES_REQUESTED',
      timing: '30000/1001 fps drop-frame from 01:00:00;00',
      generatedAt: new Date('2026-12-02T03:00:00Z'),
      threads: [
        {
          at: '01:01:00;02',
          author: 'Rita',
          body: 'Too dark here',
          resolved: false,
          replies: [{ author: 'Rob', body: 'Will lift it' }],
        },
        { at: '01:00:00;10 - 01:00:01;10', author: 'Gina', body: 'Flash frame', resolved: true, replies: [] },
        { at: null, author: 'Ada', body: 'Nice cut overall', resolved: false, replies: [] },
      ],
      decisions: [
        {
          reviewer: 'member:rita',
          decision: 'CHANGES_REQUESTED',
          note: 'Grade first',
          decidedAt: new Date('2026-12-02T02:00:00Z'),
        },
      ],
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = textOf(pdf);
    for (const line of [
      'Review: ntsc.mp4 v2',
      'Status: CHANGES_REQUESTED',
      'Comments (3)',
      '01:01:00;02 (open)',
      'Rita: Too dark here',
      'Rob: Will lift it',
      '01:00:00;10 - 01:00:01;10 (resolved)',
      'Gina: Flash frame',
      'Whole version (open)',
      'member:rita: CHANGES_REQUESTED - Grade first',
    ]) {
      expect(text.replace(/ {2,}/g, ' ')).toContain(line);
    }
  });
});
