import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import { LogoIcon, PersonIcon } from '../ui/icons';
import { FacePicture, faceCountLabel, personLabel } from './FacePicture';
import { FaceRecognitionCard } from './FaceRecognitionCard';
import { FaceRecognitionQuery, PeopleQuery } from './operations';
import './people.css';

export const PEOPLE_KEY = ['people'];
export const FACE_RECOGNITION_KEY = ['face-recognition'];

/** The workspace's people: everyone the faces engine has seen, named or waiting for a name. */
export function PeoplePage() {
  const me = useMe().data;
  const people = useQuery({ queryKey: PEOPLE_KEY, queryFn: () => gql(PeopleQuery) });
  const recognition = useQuery({ queryKey: FACE_RECOGNITION_KEY, queryFn: () => gql(FaceRecognitionQuery) });
  const list = people.data?.people ?? [];
  const unnamed = list.filter((p) => !p.name).length;
  const off = recognition.data && !recognition.data.faceRecognition.enabled;

  return (
    <div className="admin people-page">
      <div className="admin-body">
        <div className="people-head">
          <h1>People</h1>
          {people.data && (
            <span className="muted total">
              {list.length} {list.length === 1 ? 'person' : 'people'}
              {unnamed > 0 && ` · ${unnamed} unnamed`}
            </span>
          )}
          <span className="spacer" />
          <Link className="btn ghost" to="/settings/logos">
            <LogoIcon /> Logo library
          </Link>
        </div>
        <p className="admin-lead people-lead">
          Faces found in your media, grouped by who they are. Name someone once and every appearance, past and future,
          is found by that name in search.
        </p>
        {off && (
          <p className="alert people-off" role="status">
            Face recognition is off in this workspace: new media is not searched for faces.
          </p>
        )}
        {people.isPending ? (
          <div className="people-grid" aria-hidden="true">
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className="skeleton" style={{ aspectRatio: '4 / 5' }} />
            ))}
          </div>
        ) : people.isError ? (
          <p className="alert" role="alert">
            {errorMessage(people.error)}
          </p>
        ) : list.length === 0 ? (
          <div className="empty">
            <div>
              <PersonIcon size={40} />
              <h2>No people yet</h2>
              <p>When faces appear in uploaded video or photos, the people they belong to show up here.</p>
            </div>
          </div>
        ) : (
          <ul className="people-grid" aria-label="People">
            {list.map((person) => (
              <li key={person.id}>
                <Link className="person-card" to={`/people/${person.id}`}>
                  <FacePicture url={person.faces[0]?.imageUrl} alt={`Face of ${personLabel(person)}`} />
                  <span className={`person-name${person.name ? '' : ' unnamed'}`}>{personLabel(person)}</span>
                  <span className="muted person-meta">{faceCountLabel(person.faceCount)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {me?.role === 'admin' && recognition.data && (
          <FaceRecognitionCard settings={recognition.data.faceRecognition} me={me} />
        )}
      </div>
    </div>
  );
}
