import { cosineSimilarity } from './cosine-similarity';
import { FACE_MATCH_THRESHOLD } from './face-match-threshold';

/** A cluster of faces across a workspace: one person, named or not. */
export interface Person {
  id: string;
  /** The mean of its faces' unit embeddings. */
  centroid: number[];
  faceCount: number;
}

export interface FaceToAssign {
  faceId: string;
  embedding: number[];
  /** People this face was marked "not this person" for; it never joins them. */
  excludedPersonIds?: readonly string[];
}

export interface FaceAssignment {
  faceId: string;
  personId: string;
  /** Cosine similarity to the person's centroid before the face joined; 1 for a new person. */
  similarity: number;
  startedPerson: boolean;
}

export interface AssignOptions {
  /** Default FACE_MATCH_THRESHOLD. */
  threshold?: number;
  /** Gives the id of a person a face starts. */
  newPersonId: () => string;
}

/**
 * Incremental clustering: each face, in order, joins the most similar person at or above the
 * threshold that it is not excluded from (the person's centroid moves towards it), else starts a
 * new person. Returns the people after all faces and one assignment per face; the input is not changed.
 */
export function assignFacesToPeople(
  people: readonly Person[],
  faces: readonly FaceToAssign[],
  options: AssignOptions,
): { people: Person[]; assignments: FaceAssignment[] } {
  const threshold = options.threshold ?? FACE_MATCH_THRESHOLD;
  const current = people.map((person) => ({ ...person }));
  const assignments: FaceAssignment[] = [];
  for (const face of faces) {
    const excluded = new Set(face.excludedPersonIds ?? []);
    let best: { index: number; similarity: number } | undefined;
    current.forEach((person, index) => {
      if (excluded.has(person.id)) return;
      const similarity = cosineSimilarity(person.centroid, face.embedding);
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = { index, similarity };
    });
    if (best) {
      const person = current[best.index];
      current[best.index] = withFaces(person, [face.embedding], 1);
      assignments.push({ faceId: face.faceId, personId: person.id, similarity: best.similarity, startedPerson: false });
    } else {
      const person = personFromFaces(options.newPersonId(), [face.embedding]);
      current.push(person);
      assignments.push({ faceId: face.faceId, personId: person.id, similarity: 1, startedPerson: true });
    }
  }
  return { people: current, assignments };
}

/** A person made of these faces' embeddings (used to start one and to rebuild one after a split). */
export function personFromFaces(id: string, embeddings: readonly number[][]): Person {
  if (embeddings.length === 0) throw new Error(`person ${id} needs at least one face`);
  return withFaces({ id, centroid: new Array<number>(embeddings[0].length).fill(0), faceCount: 0 }, embeddings, 1);
}

/** One person from two: `keep`'s id, the centroid weighted by both face counts. */
export function mergePeople(keep: Person, absorbed: Person): Person {
  if (keep.id === absorbed.id) throw new Error(`person ${keep.id} cannot be merged into itself`);
  return withFaces(keep, [absorbed.centroid], absorbed.faceCount);
}

/**
 * A person split in two: the faces moved leave for a new person; both centroids are rebuilt from
 * their faces. Every face must belong to the person, and both sides must keep at least one.
 */
export function splitPerson(
  person: Person,
  faces: readonly { faceId: string; embedding: number[] }[],
  movedFaceIds: readonly string[],
  newPersonId: string,
): { kept: Person; split: Person } {
  const moved = new Set(movedFaceIds);
  const unknown = movedFaceIds.filter((id) => !faces.some((face) => face.faceId === id));
  if (unknown.length) throw new Error(`faces ${unknown.join(', ')} are not faces of person ${person.id}`);
  const staying = faces.filter((face) => !moved.has(face.faceId));
  const leaving = faces.filter((face) => moved.has(face.faceId));
  if (staying.length === 0 || leaving.length === 0)
    throw new Error(`a split of person ${person.id} must leave faces on both sides`);
  return {
    kept: personFromFaces(
      person.id,
      staying.map((face) => face.embedding),
    ),
    split: personFromFaces(
      newPersonId,
      leaving.map((face) => face.embedding),
    ),
  };
}

/** Adds `count` faces whose mean embedding is each of `embeddings` to the person's running mean. */
function withFaces(person: Person, embeddings: readonly number[][], count: number): Person {
  const centroid = person.centroid.slice();
  let faceCount = person.faceCount;
  for (const embedding of embeddings) {
    if (embedding.length !== centroid.length)
      throw new Error(`embedding length ${embedding.length} differs from person ${person.id}'s ${centroid.length}`);
    const total = faceCount + count;
    for (let i = 0; i < centroid.length; i++) centroid[i] = (centroid[i] * faceCount + embedding[i] * count) / total;
    faceCount = total;
  }
  return { id: person.id, centroid, faceCount };
}
