import { canChangeAsset } from '@mam/asset-access';
import { badInput, isUuid, notFound, requireIdentity } from '@mam/graphql';
import type { IngestContext } from '../context';
import {
  correctTranscriptSegment as correct,
  MAX_TRANSCRIPT_SEGMENT_TEXT,
} from '../domain/enrichment/correct-transcript-segment';
import { readTranscript } from '../domain/enrichment/read-transcript';
import { enrichmentSegmentsRepository } from '../repositories/enrichment-segments.repository';
import { uploadsRepository } from '../repositories/uploads.repository';

/** Corrects what a transcript segment says (editors and admins of the asset). */
export async function correctTranscriptSegment(
  _root: unknown,
  args: { versionId: string; segmentId: string; text: string },
  context: IngestContext,
) {
  const identity = requireIdentity(context);
  const upload = isUuid(args.versionId)
    ? await uploadsRepository.findByVersion(context.dataSource, args.versionId)
    : undefined;
  if (!upload || !(await canChangeAsset(context.dataSource, context, upload.asset_id, 'editor')))
    throw notFound('No such version', { versionId: args.versionId });
  const text = args.text.trim();
  if (!text) throw badInput('The corrected text is empty', 'text');
  if (text.length > MAX_TRANSCRIPT_SEGMENT_TEXT)
    throw badInput(`The corrected text is longer than ${MAX_TRANSCRIPT_SEGMENT_TEXT} characters`, 'text');
  const segment = isUuid(args.segmentId)
    ? await enrichmentSegmentsRepository.find(context.dataSource, args.segmentId)
    : undefined;
  const missing = () => notFound('No such transcript segment on this version', { segmentId: args.segmentId });
  if (!segment || segment.version_id !== upload.version_id || segment.kind !== 'transcript') throw missing();
  if (!(await correct(context.dataSource, segment.id, text, identity.subject))) throw missing();
  const corrected = (await readTranscript(context.dataSource, upload.version_id))?.segments.find(
    (s) => s.id === segment.id,
  );
  if (!corrected) throw missing();
  return corrected;
}
