import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { Dialog } from '../ui/Dialog';
import { FacePicture, faceCountLabel, personLabel } from './FacePicture';
import { MergePeopleMutation, PeopleQuery } from './operations';

/** Pick the person who is the same as this one: their faces join this person, and they disappear. */
export function MergeDialog({
  person,
  onClose,
}: {
  person: { id: string; name?: string | null };
  onClose: () => void;
}) {
  const client = useQueryClient();
  const people = useQuery({ queryKey: ['people'], queryFn: () => gql(PeopleQuery) });
  const [filter, setFilter] = useState('');
  const merge = useMutation({
    mutationFn: (mergeId: string) => gql(MergePeopleMutation, { keepId: person.id, mergeId }),
    onSuccess: async () => {
      await Promise.all(['people', 'person', 'search'].map((key) => client.invalidateQueries({ queryKey: [key] })));
      onClose();
    },
  });
  const others = (people.data?.people ?? [])
    .filter((p) => p.id !== person.id)
    .filter((p) => !filter.trim() || personLabel(p).toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <Dialog title={`Merge with ${personLabel(person)}`} onClose={onClose}>
      <p className="muted" style={{ marginTop: 0 }}>
        Pick who is the same person. Their faces and appearances join {personLabel(person)}
        {person.name ? '.' : ', who takes their name if they have one.'}
      </p>
      <label className="sr-only" htmlFor="merge-filter">
        Find a person
      </label>
      <input
        id="merge-filter"
        className="input"
        placeholder="Find by name"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {merge.isError && (
        <p className="field-error" role="alert">
          {errorMessage(merge.error)}
        </p>
      )}
      {people.isPending ? (
        <div className="skeleton" style={{ height: 120, marginTop: 12 }} />
      ) : others.length === 0 ? (
        <p className="muted">No one else {filter.trim() ? 'by that name' : 'yet'}.</p>
      ) : (
        <ul className="merge-list" aria-label="People to merge">
          {others.map((p) => (
            <li key={p.id}>
              <button className="merge-option" disabled={merge.isPending} onClick={() => merge.mutate(p.id)}>
                <FacePicture url={p.faces[0]?.imageUrl} alt="" size={40} />
                <span className={p.name ? '' : 'unnamed'}>{personLabel(p)}</span>
                <span className="muted small">{faceCountLabel(p.faceCount)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
