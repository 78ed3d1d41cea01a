import type { ReviewContext } from '../context';
import { exportReviewMarkers, type MarkerExportFormat } from '../domain/exports/export-review-markers';
import { exportReviewReport } from '../domain/exports/export-review-report';

export const exportQueries = {
  exportReviewMarkers: (_: unknown, args: { versionId: string; format: MarkerExportFormat }, context: ReviewContext) =>
    exportReviewMarkers(context, args.versionId, args.format),
  exportReviewReport: (_: unknown, args: { versionId: string }, context: ReviewContext) =>
    exportReviewReport(context, args.versionId),
};
