import { isAssetVisible } from '@mam/asset-access';
import {
  badInput,
  isUuid,
  memberRoleOf,
  notFound,
  requireAdmin,
  requireIdentity,
  requireRole,
  requireWriter,
  type Identity,
} from '@mam/graphql';
import { framesToTimecode } from '@mam/timecode';
import type { IngestContext } from '../context';
import { namePerson, mergePeople, notThisPerson, PeopleEditError, splitPerson } from '../domain/people/edit-people';
import { deleteFaceData as deleteAll } from '../domain/people/face-data';
import { enrichmentSegmentsRepository } from '../repositories/enrichment-segments.repository';
import {
  faceRecognitionSettingsRepository,
  facesRepository,
  peopleRepository,
  type FaceRow,
  type PersonRow,
} from '../repositories/people.repository';
import { toEnrichmentSegment } from './enrichment';
import { mediaUrl } from './media-url';

/** Members of the workspace (any role; never guests of a review link) see its people. */
function requireMember(context: IngestContext): Identity {
  const identity = requireIdentity(context);
  requireRole(memberRoleOf(identity), 'viewer');
  return identity;
}

const limit = (first: number | null | undefined, max: number) => Math.min(Math.max(first ?? max, 0), max);

function toPerson(row: PersonRow) {
  return { id: row.id, workspaceId: row.workspace_id, name: row.name, faceCount: row.face_count };
}

function toFace(row: FaceRow, context: IngestContext) {
  const rate = { num: row.frame_rate_numerator, den: row.frame_rate_denominator };
  return {
    id: row.id,
    assetId: row.asset_id,
    versionId: row.version_id,
    startFrame: Number(row.start_frame),
    timecode: framesToTimecode(Number(row.start_frame), rate),
    confidence: row.confidence,
    box: row.box,
    imageUrl: row.crop_key ? mediaUrl(context.config, row.crop_key) : null,
  };
}

/** Only what is visible to the caller, in order. */
async function visible<T extends { asset_id: string }>(rows: T[], context: IngestContext): Promise<T[]> {
  const seen = new Map<string, boolean>();
  const kept: T[] = [];
  for (const row of rows) {
    if (!seen.has(row.asset_id))
      seen.set(row.asset_id, await isAssetVisible(context.dataSource, context, row.asset_id));
    if (seen.get(row.asset_id)) kept.push(row);
  }
  return kept;
}

async function edit<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PeopleEditError)
      throw error.kind === 'not-found'
        ? notFound(error.message, { id: error.field })
        : badInput(error.message, error.field);
    throw error;
  }
}

const uuidOr404 = (id: string, what: string) => {
  if (!isUuid(id)) throw notFound(`No such ${what}`, { id });
  return id;
};

export const PersonResolvers = {
  async faces(person: { id: string }, args: { first?: number | null }, context: IngestContext) {
    const rows = await facesRepository.ofPerson(context.dataSource, person.id, 200);
    return (await visible(rows, context)).slice(0, limit(args.first, 50)).map((row) => toFace(row, context));
  },
  async appearances(person: { id: string }, args: { first?: number | null }, context: IngestContext) {
    const rows = await enrichmentSegmentsRepository.ofPerson(context.dataSource, person.id, 500);
    return (await visible(rows, context)).slice(0, limit(args.first, 100)).map((row) => ({
      asset: { id: row.asset_id },
      versionId: row.version_id,
      segment: toEnrichmentSegment(row),
    }));
  },
};

export const EnrichmentSegmentResolvers = {
  async person(segment: { personId?: string | null }, _args: unknown, context: IngestContext) {
    if (!segment.personId) return null;
    const row = await peopleRepository.find(context.dataSource, segment.personId);
    return row ? toPerson(row) : null;
  },
};

export const peopleQueries = {
  async people(_root: unknown, args: { first?: number | null }, context: IngestContext) {
    const identity = requireMember(context);
    return (await peopleRepository.list(context.dataSource, identity.workspaceId, limit(args.first, 200))).map(
      toPerson,
    );
  },
  async person(_root: unknown, args: { id: string }, context: IngestContext) {
    const identity = requireMember(context);
    const row = isUuid(args.id) ? await peopleRepository.find(context.dataSource, args.id) : undefined;
    return row && row.workspace_id === identity.workspaceId ? toPerson(row) : null;
  },
  async faceRecognition(_root: unknown, _args: unknown, context: IngestContext) {
    const identity = requireMember(context);
    const settings = await faceRecognitionSettingsRepository.enabled(context.dataSource, identity.workspaceId);
    return { ...settings, changedAt: settings.changedAt?.toISOString() ?? null };
  },
};

export const peopleMutations = {
  async namePerson(_root: unknown, args: { personId: string; name: string }, context: IngestContext) {
    const identity = requireWriter(context);
    const id = uuidOr404(args.personId, 'person');
    return toPerson(
      await edit(() => namePerson(context.dataSource, identity.workspaceId, id, args.name, identity.subject)),
    );
  },
  async mergePeople(_root: unknown, args: { keepId: string; mergeId: string }, context: IngestContext) {
    const identity = requireWriter(context);
    const keep = uuidOr404(args.keepId, 'person');
    const merge = uuidOr404(args.mergeId, 'person');
    return toPerson(
      await edit(() => mergePeople(context.dataSource, identity.workspaceId, keep, merge, identity.subject)),
    );
  },
  async splitPerson(_root: unknown, args: { personId: string; faceIds: string[] }, context: IngestContext) {
    const identity = requireWriter(context);
    const id = uuidOr404(args.personId, 'person');
    if (args.faceIds.length === 0 || !args.faceIds.every(isUuid))
      throw badInput('Give the ids of the faces that are someone else', 'faceIds');
    return toPerson(await edit(() => splitPerson(context.dataSource, identity.workspaceId, id, args.faceIds)));
  },
  async notThisPerson(_root: unknown, args: { segmentId: string }, context: IngestContext) {
    const identity = requireWriter(context);
    const id = uuidOr404(args.segmentId, 'appearance');
    const segment = await enrichmentSegmentsRepository.find(context.dataSource, id);
    if (!segment || !(await isAssetVisible(context.dataSource, context, segment.asset_id)))
      throw notFound('No such appearance of a person', { id });
    const ids = await edit(() => notThisPerson(context.dataSource, identity.workspaceId, id));
    return (await peopleRepository.findMany(context.dataSource, ids)).map(toPerson);
  },
  async setFaceRecognition(_root: unknown, args: { enabled: boolean }, context: IngestContext) {
    const identity = requireAdmin(context);
    await faceRecognitionSettingsRepository.set(
      context.dataSource,
      identity.workspaceId,
      args.enabled,
      identity.subject,
    );
    return peopleQueries.faceRecognition(_root, {}, context);
  },
  async deleteFaceData(_root: unknown, _args: unknown, context: IngestContext) {
    const identity = requireAdmin(context);
    return deleteAll(context.dataSource, context.storage, identity.workspaceId);
  },
};
