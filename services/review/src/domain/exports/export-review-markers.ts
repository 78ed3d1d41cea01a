import { badInput } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { commentsRepository } from '../../repositories/comments.repository';
import { presentComment, timingOf } from '../comments/comment-view';
import { versionFor, viewerOf } from '../viewer';
import { buildEdl } from './build-edl';
import { buildFcpxmlMarkers } from './build-fcpxml-markers';
import { buildMarkerCsv } from './build-marker-csv';
import { markersOf, type MarkedVersion, type ReviewMarker } from './review-markers';

export type MarkerExportFormat = 'EDL' | 'FCPXML' | 'CSV';

export interface ReviewExport {
  content: string;
  encoding: 'utf-8' | 'base64';
  contentType: string;
  filename: string;
}

const FORMATS: Record<
  MarkerExportFormat,
  { build: (version: MarkedVersion, markers: ReviewMarker[]) => string; contentType: string; extension: string }
> = {
  EDL: { build: buildEdl, contentType: 'text/plain; charset=utf-8', extension: 'edl' },
  FCPXML: { build: buildFcpxmlMarkers, contentType: 'application/xml; charset=utf-8', extension: 'fcpxml' },
  CSV: { build: buildMarkerCsv, contentType: 'text/csv; charset=utf-8', extension: 'csv' },
};

/**
 * The comments of a version the caller may read (members with access to its asset, guests within
 * their link and never internal comments) as markers for an editor: an EDL with Avid locators,
 * FCPXML markers, or Premiere's marker list.
 */
export async function exportReviewMarkers(
  context: ReviewContext,
  versionId: string,
  format: MarkerExportFormat,
): Promise<ReviewExport> {
  const spec = FORMATS[format];
  if (!spec) throw badInput(`Unknown export format ${String(format)}`, 'format');
  const viewer = await viewerOf(context);
  const version = await versionFor(context, viewer, versionId, 'VIEW');
  const timing = timingOf(version);
  if (!timing)
    throw badInput('This version has no frames to mark (a still, a document, or not probed yet)', 'versionId');
  const rows = await commentsRepository.listForVersion(context.dataSource, version.versionId, {
    internal: viewer.kind === 'member',
  });
  const markers = markersOf(rows.map((row) => presentComment(row, timing)));
  const name = version.filename ?? `version-${version.number}`;
  const durationFrames = timing.durationFrames ?? Math.max(1, ...markers.map((marker) => marker.frameOut + 1));
  const content = spec.build(
    { name, rate: timing.rate, startFrames: timing.startFrames, dropFrame: timing.dropFrame, durationFrames },
    markers,
  );
  const base = name.replace(/\.[^.]*$/, '') || 'version';
  return { content, encoding: 'utf-8', contentType: spec.contentType, filename: `${base}-review.${spec.extension}` };
}
