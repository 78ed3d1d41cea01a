import { assignFacesToPeople, mergePeople, personFromFaces, splitPerson, type Person } from './people';

function ids() {
  let next = 0;
  return () => `p${++next}`;
}

const alice = [1, 0, 0];
const aliceLater = [0.9, 0.1, 0];
const bob = [0, 1, 0];

describe('assignFacesToPeople', () => {
  it('starts a person for an unknown face and lets a similar face join it', () => {
    const { people, assignments } = assignFacesToPeople(
      [],
      [
        { faceId: 'f1', embedding: alice },
        { faceId: 'f2', embedding: aliceLater },
        { faceId: 'f3', embedding: bob },
      ],
      { newPersonId: ids() },
    );
    expect(assignments.map((a) => [a.faceId, a.personId, a.startedPerson])).toEqual([
      ['f1', 'p1', true],
      ['f2', 'p1', false],
      ['f3', 'p2', true],
    ]);
    expect(assignments[1].similarity).toBeCloseTo(0.994, 3);
    expect(people.map((p) => [p.id, p.faceCount])).toEqual([
      ['p1', 2],
      ['p2', 1],
    ]);
    expect(people[0].centroid[0]).toBeCloseTo(0.95);
    expect(people[0].centroid[1]).toBeCloseTo(0.05);
  });

  it('joins the most similar of the people above the threshold, not the first', () => {
    const people: Person[] = [
      { id: 'far', centroid: [0.7, 0.7, 0.14], faceCount: 3 },
      { id: 'near', centroid: [0.95, 0.05, 0], faceCount: 3 },
    ];
    const { assignments } = assignFacesToPeople(people, [{ faceId: 'f', embedding: alice }], { newPersonId: ids() });
    expect(assignments[0].personId).toBe('near');
    expect(people[1].faceCount).toBe(3);
  });

  it('never adds a face to a person it was marked "not this person" for', () => {
    const people: Person[] = [{ id: 'alice', centroid: alice, faceCount: 4 }];
    const { assignments, people: after } = assignFacesToPeople(
      people,
      [{ faceId: 'f', embedding: aliceLater, excludedPersonIds: ['alice'] }],
      { newPersonId: ids() },
    );
    expect(assignments[0]).toEqual({ faceId: 'f', personId: 'p1', similarity: 1, startedPerson: true });
    expect(after.find((p) => p.id === 'alice')?.faceCount).toBe(4);
  });

  it('starts a new person below the threshold', () => {
    const halfway = [0.6, 0.8, 0];
    const loose = assignFacesToPeople(
      [{ id: 'a', centroid: alice, faceCount: 1 }],
      [{ faceId: 'f', embedding: halfway }],
      {
        newPersonId: ids(),
        threshold: 0.55,
      },
    );
    const strict = assignFacesToPeople(
      [{ id: 'a', centroid: alice, faceCount: 1 }],
      [{ faceId: 'f', embedding: halfway }],
      {
        newPersonId: ids(),
        threshold: 0.65,
      },
    );
    expect(loose.assignments[0].personId).toBe('a');
    expect(strict.assignments[0].personId).toBe('p1');
  });
});

describe('mergePeople', () => {
  it('keeps the first id and weights the centroids by their face counts', () => {
    const merged = mergePeople(
      { id: 'a', centroid: [1, 0], faceCount: 3 },
      { id: 'b', centroid: [0, 1], faceCount: 1 },
    );
    expect(merged).toEqual({ id: 'a', centroid: [0.75, 0.25], faceCount: 4 });
  });

  it('refuses to merge a person into itself', () => {
    const a = { id: 'a', centroid: [1, 0], faceCount: 1 };
    expect(() => mergePeople(a, a)).toThrow('person a cannot be merged into itself');
  });
});

describe('splitPerson', () => {
  const faces = [
    { faceId: 'f1', embedding: alice },
    { faceId: 'f2', embedding: aliceLater },
    { faceId: 'f3', embedding: bob },
  ];
  const person = personFromFaces(
    'a',
    faces.map((f) => f.embedding),
  );

  it('moves the chosen faces to a new person and rebuilds both centroids', () => {
    const { kept, split } = splitPerson(person, faces, ['f3'], 'b');
    expect(kept.id).toBe('a');
    expect(kept.faceCount).toBe(2);
    expect(kept.centroid[0]).toBeCloseTo(0.95);
    expect(split).toEqual({ id: 'b', centroid: bob, faceCount: 1 });
  });

  it('refuses faces of someone else and a split that empties one side', () => {
    expect(() => splitPerson(person, faces, ['f9'], 'b')).toThrow('faces f9 are not faces of person a');
    expect(() => splitPerson(person, faces, ['f1', 'f2', 'f3'], 'b')).toThrow('must leave faces on both sides');
  });
});

describe('personFromFaces', () => {
  it('needs a face and embeddings of one length', () => {
    expect(() => personFromFaces('a', [])).toThrow('person a needs at least one face');
    expect(() => personFromFaces('a', [[1, 0], [1]])).toThrow("embedding length 1 differs from person a's 2");
  });
});
