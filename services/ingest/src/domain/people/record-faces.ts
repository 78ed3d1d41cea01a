import type { EntityManager } from 'typeorm';
import { assignFacesToPeople, type Box, type EngineIdentity } from '@mam/enrichment';
import { uuidv7 } from '@mam/events';
import { facesRepository, peopleRepository } from '../../repositories/people.repository';
import { carriedExclusions } from './carried-exclusions';
import { rebuildPeople, rebuildPersonSegments } from './rebuild';

/** A face found on a keyframe, with the keyframe window it stands for. */
export interface FoundFace {
  id: string;
  startFrame: number;
  endFrame: number;
  confidence: number;
  box: Box;
  embedding: number[];
  cropKey: string | null;
}

/**
 * Replaces a version's faces with those just found and groups them into the workspace's people
 * (each joins the closest person it resembles enough, else starts one; a face found again keeps
 * its "not this person" marks), then rewrites where each person is on the version. One workspace's people change one transaction at a time.
 */
export async function recordFaces(
  manager: EntityManager,
  target: { workspaceId: string; assetId: string; versionId: string; rate: { num: number; den: number } },
  engine: EngineIdentity,
  found: readonly FoundFace[],
): Promise<number> {
  await peopleRepository.lockWorkspace(manager, target.workspaceId);
  const previous = await facesRepository.deleteOfVersion(manager, target.versionId);
  await rebuildPeople(
    manager,
    previous.map((face) => face.person_id),
  );
  const earlier = previous.map((face) => ({
    startFrame: Number(face.start_frame),
    box: face.box,
    excludedPersonIds: face.excluded_person_ids,
  }));
  const excluded = new Map(found.map((face) => [face.id, carriedExclusions(earlier, face)]));
  const people = await peopleRepository.ofWorkspace(manager, target.workspaceId);
  const { people: after, assignments } = assignFacesToPeople(
    people.map((person) => ({ id: person.id, centroid: person.centroid, faceCount: person.face_count })),
    found.map((face) => ({ faceId: face.id, embedding: face.embedding, excludedPersonIds: excluded.get(face.id) })),
    { newPersonId: uuidv7 },
  );
  const changed = new Set(assignments.map((assignment) => assignment.personId));
  for (const person of after.filter((p) => changed.has(p.id)))
    await peopleRepository.save(manager, { ...person, workspaceId: target.workspaceId });
  const personOf = new Map(assignments.map((assignment) => [assignment.faceId, assignment.personId]));
  await facesRepository.insert(
    manager,
    found.map((face) => ({
      id: face.id,
      workspace_id: target.workspaceId,
      asset_id: target.assetId,
      version_id: target.versionId,
      person_id: personOf.get(face.id)!,
      start_frame: face.startFrame,
      end_frame: face.endFrame,
      frame_rate_numerator: target.rate.num,
      frame_rate_denominator: target.rate.den,
      confidence: face.confidence,
      box: face.box,
      embedding: face.embedding,
      excluded_person_ids: excluded.get(face.id) ?? [],
      crop_key: face.cropKey,
      engine,
    })),
  );
  return rebuildPersonSegments(manager, [target.versionId]);
}
