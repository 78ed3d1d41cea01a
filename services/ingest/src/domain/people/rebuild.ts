import type { EntityManager } from 'typeorm';
import { personFromFaces } from '@mam/enrichment';
import { facesRepository, peopleRepository } from '../../repositories/people.repository';
import { uploadsRepository } from '../../repositories/uploads.repository';
import { replaceSegments } from '../enrichment/replace-segments';
import { personSegments } from './person-segments';

/**
 * Rebuilds each person's cluster from the faces it holds now (after faces joined, left or moved).
 * An unnamed person left without faces is removed; a named one keeps its last centroid, so the
 * name still applies to the person's future appearances.
 */
export async function rebuildPeople(manager: EntityManager, personIds: readonly string[]): Promise<void> {
  const ids = [...new Set(personIds)];
  const people = await peopleRepository.findMany(manager, ids);
  const faces = await facesRepository.ofPeople(manager, ids);
  const gone: string[] = [];
  for (const person of people) {
    const own = faces.filter((face) => face.person_id === person.id);
    if (own.length === 0) {
      if (person.name) await peopleRepository.save(manager, { ...cluster(person), faceCount: 0 });
      else gone.push(person.id);
      continue;
    }
    const rebuilt = personFromFaces(
      person.id,
      own.map((face) => face.embedding),
    );
    await peopleRepository.save(manager, { ...rebuilt, workspaceId: person.workspace_id });
  }
  await peopleRepository.delete(manager, gone);
}

const cluster = (person: { id: string; workspace_id: string; centroid: number[]; face_count: number }) => ({
  id: person.id,
  workspaceId: person.workspace_id,
  centroid: person.centroid,
  faceCount: person.face_count,
});

/** Where each person is on screen on these versions, from their faces now, told to search (named people only). */
export async function rebuildPersonSegments(manager: EntityManager, versionIds: readonly string[]): Promise<number> {
  let count = 0;
  for (const versionId of new Set(versionIds)) {
    const faces = await facesRepository.ofVersion(manager, versionId);
    const assetId = faces[0]?.asset_id ?? (await uploadsRepository.findByVersion(manager, versionId))?.asset_id;
    if (!assetId) continue;
    const people = await peopleRepository.findMany(manager, [...new Set(faces.map((face) => face.person_id))]);
    const names = new Map(people.map((person) => [person.id, person.name ?? '']));
    const segments = personSegments(
      faces.map((face) => ({
        personId: face.person_id,
        startFrame: Number(face.start_frame),
        endFrame: Number(face.end_frame),
        confidence: face.confidence,
        box: face.box,
      })),
      (id) => names.get(id) ?? '',
    );
    // With no faces left there is nothing to attribute: the engine named is never stored.
    const engine = faces[0]?.engine ?? { engine: 'none', model: 'none', version: 'none' };
    const rate = faces[0]
      ? { num: faces[0].frame_rate_numerator, den: faces[0].frame_rate_denominator }
      : { num: 25, den: 1 };
    await replaceSegments(manager, { assetId, versionId, kind: 'person', rate }, engine, segments);
    count += segments.length;
  }
  return count;
}
