import PDFDocument from 'pdfkit';

/** One thread of the report: where it is, who said what, and a picture of the frame when there is one. */
export interface ReportThread {
  /** "01:00:01;10" or "01:00:01;10 – 01:00:02;00"; null for a comment on the whole version. */
  at: string | null;
  author: string;
  body: string;
  resolved: boolean;
  replies: { author: string; body: string }[];
  /** A JPEG or PNG of the commented frame. */
  thumbnail?: Buffer | null;
}

export interface ReportDecision {
  reviewer: string;
  decision: string;
  note: string;
  decidedAt: Date;
}

export interface ReviewReport {
  title: string;
  status: string;
  /** "29.97 fps drop-frame from 01:00:00;00". */
  timing: string | null;
  generatedAt: Date;
  threads: ReportThread[];
  decisions: ReportDecision[];
}

const THUMBNAIL_WIDTH = 160;

/** A printable A4 review report: the version, its status, each comment thread by timecode with its frame, and the decisions. */
export function buildReviewReport(report: ReviewReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `Review: ${report.title}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text(`Review: ${report.title}`);
  doc.font('Helvetica').fontSize(10).text(`Status: ${report.status}`);
  if (report.timing) doc.text(`Timing: ${report.timing}`);
  doc.text(`Generated: ${report.generatedAt.toISOString()}`).moveDown();

  doc.font('Helvetica-Bold').fontSize(13).text(`Comments (${report.threads.length})`).moveDown(0.5);
  if (report.threads.length === 0) doc.font('Helvetica').fontSize(10).text('No comments.');
  for (const thread of report.threads) {
    if (doc.y > doc.page.height - 200) doc.addPage();
    const top = doc.y;
    const textX = thread.thumbnail ? doc.page.margins.left + THUMBNAIL_WIDTH + 12 : doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.right - textX;
    let pictureBottom = top;
    if (thread.thumbnail) {
      doc.image(thread.thumbnail, doc.page.margins.left, top, { width: THUMBNAIL_WIDTH });
      pictureBottom = doc.y;
    }
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${thread.at ?? 'Whole version'}  ${thread.resolved ? '(resolved)' : '(open)'}`, textX, top, { width });
    doc.font('Helvetica').text(`${thread.author}: ${thread.body}`, textX, doc.y, { width });
    for (const reply of thread.replies)
      doc.text(`${reply.author}: ${reply.body}`, textX + 12, doc.y, { width: width - 12 });
    doc.x = doc.page.margins.left;
    doc.y = Math.max(doc.y, pictureBottom) + 10;
  }

  doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Decisions', doc.page.margins.left).moveDown(0.5);
  doc.font('Helvetica').fontSize(10);
  if (report.decisions.length === 0) doc.text('No decisions.');
  for (const d of report.decisions)
    doc.text(`${d.decidedAt.toISOString()}  ${d.reviewer}: ${d.decision}${d.note ? ` - ${d.note}` : ''}`);
  doc.end();
  return done;
}
