import type { DataSource } from '@mam/db';
import { assignFacesToPeople, mergePeople as mergeClusters, splitPerson as splitCluster } from '@mam/enrichment';
import { uuidv7 } from '@mam/events';
import { enrichmentSegmentsRepository } from '../../repositories/enrichment-segments.repository';
import { facesRepository, peopleRepository, type PersonRow } from '../../repositories/people.repository';
import { rebuildPeople, rebuildPersonSegments } from './rebuild';

/** Why an edit of people cannot be made; the resolver says it as bad input or not found. */
export class PeopleEditError extends Error {
  override name = 'PeopleEditError';
  constructor(
    message: string,
    readonly kind: 'not-found' | 'bad-input',
    readonly field?: string,
  ) {
    super(message);
  }
}

export const MAX_PERSON_NAME = 120;

/** A person of the workspace, locked with the rest of its people; not found when it is another workspace's. */
async function lockedPerson(manager: Parameters<typeof peopleRepository.find>[0], workspaceId: string, id: string) {
  await peopleRepository.lockWorkspace(manager, workspaceId);
  const person = await peopleRepository.find(manager, id);
  if (!person || person.workspace_id !== workspaceId) throw new PeopleEditError('No such person', 'not-found', id);
  return person;
}

/** Names a person once: the name shows on every appearance, past and future, and search finds them by it. */
export function namePerson(
  dataSource: DataSource,
  workspaceId: string,
  personId: string,
  name: string,
  by: string,
): Promise<PersonRow> {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length > MAX_PERSON_NAME)
    throw new PeopleEditError(`A name is at most ${MAX_PERSON_NAME} characters`, 'bad-input', 'name');
  return dataSource.transaction(async (manager) => {
    await lockedPerson(manager, workspaceId, personId);
    await peopleRepository.setName(manager, personId, trimmed || null, by);
    await rebuildPersonSegments(manager, await facesRepository.versionsOf(manager, [personId]));
    return (await peopleRepository.find(manager, personId))!;
  });
}

/** Two people found to be one: every face of `mergeId` joins `keepId`, which keeps its name (or takes the other's). */
export function mergePeople(
  dataSource: DataSource,
  workspaceId: string,
  keepId: string,
  mergeId: string,
  by: string,
): Promise<PersonRow> {
  if (keepId === mergeId)
    throw new PeopleEditError('A person cannot be merged into themselves', 'bad-input', 'mergeId');
  return dataSource.transaction(async (manager) => {
    const keep = await lockedPerson(manager, workspaceId, keepId);
    const merged = await lockedPerson(manager, workspaceId, mergeId);
    const versions = await facesRepository.versionsOf(manager, [keepId, mergeId]);
    const cluster = mergeClusters(
      { id: keep.id, centroid: keep.centroid, faceCount: keep.face_count },
      { id: merged.id, centroid: merged.centroid, faceCount: merged.face_count },
    );
    await facesRepository.reassignPerson(manager, mergeId, keepId);
    await peopleRepository.delete(manager, [mergeId]);
    await peopleRepository.save(manager, { ...cluster, workspaceId });
    if (!keep.name && merged.name) await peopleRepository.setName(manager, keepId, merged.name, by);
    await rebuildPeople(manager, [keepId]);
    await rebuildPersonSegments(manager, versions);
    return (await peopleRepository.find(manager, keepId))!;
  });
}

/** Some faces of a person are someone else: they leave for a new, unnamed person. Returns the new person. */
export function splitPerson(
  dataSource: DataSource,
  workspaceId: string,
  personId: string,
  faceIds: readonly string[],
): Promise<PersonRow> {
  return dataSource.transaction(async (manager) => {
    const person = await lockedPerson(manager, workspaceId, personId);
    const faces = await facesRepository.ofPeople(manager, [personId]);
    let split;
    try {
      split = splitCluster(
        { id: person.id, centroid: person.centroid, faceCount: person.face_count },
        faces.map((face) => ({ faceId: face.id, embedding: face.embedding })),
        faceIds,
        uuidv7(),
      );
    } catch (error) {
      throw new PeopleEditError((error as Error).message, 'bad-input', 'faceIds');
    }
    await peopleRepository.save(manager, { ...split.split, workspaceId });
    await facesRepository.moveTo(manager, faceIds, split.split.id);
    await peopleRepository.save(manager, { ...split.kept, workspaceId });
    await rebuildPersonSegments(manager, await facesRepository.versionsOf(manager, [personId, split.split.id]));
    return (await peopleRepository.find(manager, split.split.id))!;
  });
}

/**
 * "Not this person" on one appearance (a person segment): its faces leave the person for good
 * (they never join them again) and go to whoever else they resemble, or to a new person.
 */
export function notThisPerson(dataSource: DataSource, workspaceId: string, segmentId: string): Promise<string[]> {
  return dataSource.transaction(async (manager) => {
    const segment = await enrichmentSegmentsRepository.find(manager, segmentId);
    if (!segment || segment.kind !== 'person' || !segment.person_id)
      throw new PeopleEditError('No such appearance of a person', 'not-found', segmentId);
    const personId = segment.person_id;
    await lockedPerson(manager, workspaceId, personId);
    const leaving = (await facesRepository.ofVersion(manager, segment.version_id)).filter(
      (face) =>
        face.person_id === personId &&
        Number(face.start_frame) >= Number(segment.start_frame) &&
        Number(face.end_frame) <= Number(segment.end_frame),
    );
    if (leaving.length === 0) throw new PeopleEditError('The appearance has no faces left', 'not-found', segmentId);
    // Everyone else is a candidate for these faces; they never join this person again.
    const people = await peopleRepository.ofWorkspace(manager, workspaceId);
    const { people: after, assignments } = assignFacesToPeople(
      people.map((p) => ({ id: p.id, centroid: p.centroid, faceCount: p.face_count })),
      leaving.map((face) => ({
        faceId: face.id,
        embedding: face.embedding,
        excludedPersonIds: [...new Set([...face.excluded_person_ids, personId])],
      })),
      { newPersonId: uuidv7 },
    );
    const changed = new Set(assignments.map((assignment) => assignment.personId));
    for (const person of after.filter((p) => changed.has(p.id)))
      await peopleRepository.save(manager, { ...person, workspaceId });
    for (const assignment of assignments)
      await facesRepository.moveTo(manager, [assignment.faceId], assignment.personId, personId);
    await rebuildPeople(manager, [personId, ...changed]);
    await rebuildPersonSegments(manager, [segment.version_id]);
    return [...changed];
  });
}
