import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import type { PersonQuery as PersonResult } from '../gql/graphql';
import { BackIcon, PersonIcon } from '../ui/icons';
import { canEditPeople, FacePicture, faceCountLabel, personLabel } from './FacePicture';
import { MergeDialog } from './MergeDialog';
import { NameField } from './NameField';
import { NotThisPersonMutation, PersonQuery, SplitPersonMutation } from './operations';
import './people.css';

type Person = NonNullable<PersonResult['person']>;
type Face = Person['faces'][number];
type Appearance = Person['appearances'][number];

/** A face seen within an appearance, to show who the appearance is of. */
function faceOf(appearance: Appearance, faces: Face[]): Face | undefined {
  const { startFrame, endFrame } = appearance.segment;
  return faces.find(
    (f) =>
      f.versionId === appearance.versionId &&
      f.startFrame >= startFrame &&
      f.startFrame < Math.max(endFrame, startFrame + 1),
  );
}

const refresh = (client: ReturnType<typeof useQueryClient>) =>
  Promise.all(['people', 'person', 'search'].map((key) => client.invalidateQueries({ queryKey: [key] })));

/** One person: their name, their faces (some of which may be someone else) and where they appear. */
export function PersonPage() {
  const { id = '' } = useParams();
  const me = useMe().data;
  const editable = canEditPeople(me?.role);
  const person = useQuery({ queryKey: ['person', id], queryFn: () => gql(PersonQuery, { id }) });
  const [merging, setMerging] = useState(false);

  if (person.isPending)
    return (
      <div className="admin-body">
        <div className="skeleton" style={{ height: 120, maxWidth: 860 }} />
      </div>
    );
  if (person.isError)
    return (
      <div className="admin-body">
        <p className="alert" role="alert">
          {errorMessage(person.error)}
        </p>
      </div>
    );
  const found = person.data.person;
  if (!found)
    return (
      <div className="empty">
        <div>
          <PersonIcon size={40} />
          <h2>This person is no longer here</h2>
          <p>
            They may have been merged into someone else, or their face data deleted.{' '}
            <Link to="/people">All people</Link>
          </p>
        </div>
      </div>
    );
  return (
    <div className="admin person-page">
      <div className="admin-body">
        <Link className="back-link" to="/people">
          <BackIcon size={14} /> People
        </Link>
        <header className="person-head">
          <FacePicture url={found.faces[0]?.imageUrl} alt={`Face of ${personLabel(found)}`} size={96} />
          <div className="person-title">
            {editable ? (
              <NameField personId={found.id} name={found.name} />
            ) : (
              <h1 className={found.name ? '' : 'unnamed'}>{personLabel(found)}</h1>
            )}
            <p className="muted person-meta">
              {faceCountLabel(found.faceCount)} · {found.appearances.length}{' '}
              {found.appearances.length === 1 ? 'appearance' : 'appearances'}
            </p>
          </div>
          {editable && (
            <button className="btn" onClick={() => setMerging(true)}>
              Merge with…
            </button>
          )}
        </header>
        <FaceStrip person={found} editable={editable} />
        <Appearances person={found} editable={editable} />
      </div>
      {merging && <MergeDialog person={found} onClose={() => setMerging(false)} />}
    </div>
  );
}

function FaceStrip({ person, editable }: { person: Person; editable: boolean }) {
  const client = useQueryClient();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [moved, setMoved] = useState<{ id: string; count: number }>();
  const split = useMutation({
    mutationFn: () => gql(SplitPersonMutation, { personId: person.id, faceIds: [...selected] }),
    onSuccess: ({ splitPerson }) => {
      setMoved({ id: splitPerson.id, count: selected.size });
      setSelected(new Set());
      return refresh(client);
    },
  });
  const toggle = (faceId: string) => {
    const next = new Set(selected);
    if (next.has(faceId)) next.delete(faceId);
    else next.add(faceId);
    setSelected(next);
    setMoved(undefined);
  };
  const all = selected.size > 0 && selected.size >= person.faces.length;
  return (
    <section className="section person-section" aria-labelledby="faces-title">
      <div className="section-head">
        <h2 id="faces-title">Faces</h2>
        {editable && person.faces.length > 1 && (
          <span className="muted small">Select faces that belong to someone else</span>
        )}
      </div>
      {person.faces.length === 0 ? (
        <p className="muted">No faces of theirs on media you can see.</p>
      ) : (
        <ul className="face-strip" aria-label={`Faces of ${personLabel(person)}`}>
          {person.faces.map((face) => {
            const label = `Face at ${face.timecode}, ${Math.round(face.confidence * 100)}% sure`;
            return (
              <li key={face.id}>
                {editable ? (
                  <button
                    className="face-tile"
                    aria-pressed={selected.has(face.id)}
                    aria-label={label}
                    title={label}
                    onClick={() => toggle(face.id)}
                  >
                    <FacePicture url={face.imageUrl} alt="" size={88} />
                  </button>
                ) : (
                  <Link className="face-tile" to={`/assets/${face.assetId}?frame=${face.startFrame}`} title={label}>
                    <FacePicture url={face.imageUrl} alt={label} size={88} />
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {selected.size > 0 && (
        <div className="selection-bar" role="region" aria-label="Selected faces">
          <span>
            {selected.size} {selected.size === 1 ? 'face' : 'faces'} selected
          </span>
          <span className="spacer" />
          <button className="btn small ghost" onClick={() => setSelected(new Set())}>
            Clear
          </button>
          <button className="btn small primary" disabled={split.isPending || all} onClick={() => split.mutate()}>
            These are someone else
          </button>
        </div>
      )}
      {all && <p className="field-hint">Leave at least one face with {personLabel(person)}.</p>}
      {split.isError && (
        <p className="field-error" role="alert">
          {errorMessage(split.error)}
        </p>
      )}
      {moved && (
        <p className="alert ok" role="status">
          {moved.count} {moved.count === 1 ? 'face' : 'faces'} moved to a new person.{' '}
          <Link to={`/people/${moved.id}`}>Name them</Link>
        </p>
      )}
    </section>
  );
}

function Appearances({ person, editable }: { person: Person; editable: boolean }) {
  const client = useQueryClient();
  const [note, setNote] = useState<string>();
  const notThis = useMutation({
    mutationFn: (segmentId: string) => gql(NotThisPersonMutation, { segmentId }),
    onSuccess: ({ notThisPerson }) => {
      const names = notThisPerson.map(personLabel);
      setNote(
        names.length === 0
          ? 'Taken away from them.'
          : `Taken away from them; now with ${[...new Set(names)].join(', ')}.`,
      );
      return refresh(client);
    },
  });
  return (
    <section className="section person-section" aria-labelledby="appearances-title">
      <div className="section-head">
        <h2 id="appearances-title">Appearances</h2>
      </div>
      {note && (
        <p className="alert ok" role="status">
          {note}
        </p>
      )}
      {notThis.isError && (
        <p className="field-error" role="alert">
          {errorMessage(notThis.error)}
        </p>
      )}
      {person.appearances.length === 0 ? (
        <p className="muted">Not on screen in media you can see.</p>
      ) : (
        <ul className="appearance-list" aria-label={`Appearances of ${personLabel(person)}`}>
          {person.appearances.map((a) => {
            const face = faceOf(a, person.faces);
            return (
              <li key={a.segment.id} className="appearance">
                <Link className="appearance-link" to={`/assets/${a.asset.id}?frame=${a.segment.startFrame}`}>
                  <FacePicture url={face?.imageUrl} alt="" size={44} />
                  <span className="appearance-title">{a.asset.title}</span>
                  <span className="mono muted small">at {a.segment.timecode}</span>
                </Link>
                {editable && (
                  <button
                    className="btn small ghost"
                    disabled={notThis.isPending}
                    onClick={() => notThis.mutate(a.segment.id)}
                    aria-label={`Not this person: ${a.asset.title} at ${a.segment.timecode}`}
                  >
                    Not this person
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
