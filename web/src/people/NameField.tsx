import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { NamePersonMutation } from './operations';

/** A person's name, edited in place: Enter saves (an empty name takes it away), Escape puts back the saved one. */
export function NameField({ personId, name }: { personId: string; name: string | null | undefined }) {
  const client = useQueryClient();
  const [value, setValue] = useState(name ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => setValue(name ?? ''), [name]);
  const save = useMutation({
    mutationFn: (next: string) => gql(NamePersonMutation, { personId, name: next }),
    onSuccess: () => {
      setSaved(true);
      // Search hits carry the name: cached answers for the old name are stale too.
      return Promise.all(['people', 'person', 'search'].map((key) => client.invalidateQueries({ queryKey: [key] })));
    },
  });
  const dirty = value.trim() !== (name ?? '');
  return (
    <div className="name-field">
      <label className="sr-only" htmlFor="person-name">
        Name
      </label>
      <input
        id="person-name"
        className="input name-input"
        value={value}
        maxLength={120}
        placeholder="Unnamed person — type their name"
        autoComplete="off"
        aria-invalid={save.isError || undefined}
        aria-describedby="person-name-hint"
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(false);
          save.reset();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && dirty) save.mutate(value.trim());
          if (e.key === 'Escape') setValue(name ?? '');
        }}
      />
      <p id="person-name-hint" className={save.isError ? 'field-error' : 'field-hint'} role="status">
        {save.isError
          ? errorMessage(save.error)
          : save.isPending
            ? 'Saving…'
            : dirty
              ? 'Press Enter to save, Escape to undo'
              : saved
                ? 'Saved: every appearance is now found by this name'
                : '\u00a0'}
      </p>
    </div>
  );
}
