import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFrameStill } from '@mam/media';
import { formatFrameRate, frameSeekTime } from '@mam/timecode';
import type { AssetVersionFacts } from '@mam/versions';
import type { ReviewContext } from '../../context';
import { commentsRepository, type CommentRow } from '../../repositories/comments.repository';
import { reviewsRepository } from '../../repositories/reviews.repository';
import { versionReviews } from '../../repositories/version-review.repository';
import { timecodeOf, timingOf, type VersionTiming } from '../comments/frame-position';
import { versionFor, viewerOf } from '../viewer';
import type { ReportThread } from './build-review-report';
import type { ReviewExport } from './export-review-markers';

const rootsOf = (rows: CommentRow[]) =>
  rows.filter((row) => !row.parentId).sort((a, b) => (a.frameIn ?? -1) - (b.frameIn ?? -1));

function threadsOf(roots: CommentRow[], rows: CommentRow[], timing: VersionTiming | null): ReportThread[] {
  const label = (row: CommentRow) => {
    if (row.frameIn === null || !timing) return null;
    const out = row.frameOut ?? row.frameIn;
    return out > row.frameIn
      ? `${timecodeOf(row.frameIn, timing)} - ${timecodeOf(out, timing)}`
      : timecodeOf(row.frameIn, timing);
  };
  return roots.map((root) => ({
    at: label(root),
    author: root.authorName,
    body: root.body,
    resolved: root.resolvedAt !== null,
    replies: rows
      .filter((row) => row.parentId === root.id)
      .map((reply) => ({ author: reply.authorName, body: reply.body })),
  }));
}

/** JPEGs of the threads' first frames, taken from the master (null where there is no picture to take). */
async function withThumbnails(
  context: ReviewContext,
  version: AssetVersionFacts,
  timing: VersionTiming | null,
  threads: ReportThread[],
  frames: (number | null)[],
) {
  if (!context.storage || !version.masterKey || !timing || !version.media?.width) return threads;
  const master = context.storage.localPath(version.masterKey);
  const dir = await mkdtemp(join(tmpdir(), 'review-report-'));
  try {
    const out: ReportThread[] = [];
    for (const [i, thread] of threads.entries()) {
      const frame = frames[i];
      if (frame === null) {
        out.push(thread);
        continue;
      }
      // A frame that cannot be decoded (a damaged master) leaves its thread without a picture, not the report undone.
      const still = await makeFrameStill(master, join(dir, `${i}.jpg`), {
        seconds: frameSeekTime(frame, timing.rate),
      }).then(
        (path) => readFile(path),
        () => null,
      );
      out.push({ ...thread, thumbnail: still });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A version's review report as a PDF, for whoever may read its comments: members see every
 * decision, a guest only their own (other reviewers' addresses are not theirs to see).
 */
export async function exportReviewReport(context: ReviewContext, versionId: string): Promise<ReviewExport> {
  const viewer = await viewerOf(context);
  const version = await versionFor(context, viewer, versionId, 'VIEW');
  const timing = timingOf(version);
  const rows = await commentsRepository.listForVersion(context.dataSource, version.versionId, {
    internal: viewer.kind === 'member',
  });
  const decisions = (await reviewsRepository.decisionsOnVersion(context.dataSource, version.versionId)).filter(
    (d) => viewer.kind === 'member' || d.reviewer === `guest:${viewer.email.toLowerCase()}`,
  );
  const name = version.filename ?? `version-${version.number}`;
  const roots = rootsOf(rows);
  const threads = await withThumbnails(
    context,
    version,
    timing,
    threadsOf(roots, rows, timing),
    roots.map((root) => root.frameIn),
  );
  // pdfkit and its fonts load with the first report, not when the service starts.
  const { buildReviewReport } = await import('./build-review-report');
  const pdf = await buildReviewReport({
    title: `${name} (version ${version.number})`,
    status: (await versionReviews.status(context.dataSource, version.versionId)) ?? 'PENDING',
    timing:
      timing &&
      `${formatFrameRate(timing.rate)} fps (${timing.rate.num}/${timing.rate.den}) ${timing.dropFrame ? 'drop-frame' : 'non-drop'} from ${timecodeOf(0, timing)}`,
    generatedAt: new Date(),
    threads,
    decisions: decisions.map((d) => ({
      reviewer: d.reviewer,
      decision: d.decision,
      note: d.note,
      decidedAt: d.decidedAt,
    })),
  });
  const base = name.replace(/\.[^.]*$/, '') || 'version';
  return {
    content: pdf.toString('base64'),
    encoding: 'base64',
    contentType: 'application/pdf',
    filename: `${base}-review.pdf`,
  };
}
