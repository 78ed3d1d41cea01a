import type { ReviewContext } from '../context';
import { exportReviewMarkers, type MarkerExportFormat } from '../domain/exports/export-review-markers';

export const exportQueries = {
  exportReviewMarkers: (_: unknown, args: { versionId: string; format: MarkerExportFormat }, context: ReviewContext) => exportReviewMarkers(context, args.versionId, args.format),
};
