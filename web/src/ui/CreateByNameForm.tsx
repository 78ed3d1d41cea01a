import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/errors';

interface CreateByNameFormProps {
  /** The name field's id (its error's id is derived from it). */
  id: string;
  label: string;
  placeholder: string;
  submitLabel: string;
  /** Said when the form is sent with no name. */
  nameRequired: string;
  pending: boolean;
  /** Creates the thing; the field empties when it resolves and shows the error when it rejects. */
  onCreate: (name: string) => Promise<unknown>;
  /** Above the fields: the card's heading and lead. */
  intro?: ReactNode;
  /** Further fields between the name and the button. */
  children?: ReactNode;
}

/** A card that creates something named (an API key, an app password) from a name and a button. */
export function CreateByNameForm(props: CreateByNameFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const errorId = `${props.id}-error`;
  return (
    <form
      className="admin-card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return setError(props.nameRequired);
        props.onCreate(name.trim()).then(
          () => {
            setName('');
            setError(undefined);
          },
          (e: unknown) => setError(errorMessage(e)),
        );
      }}
    >
      {props.intro}
      <div className="inline-form">
        <div className="field grow">
          <label htmlFor={props.id}>{props.label}</label>
          <input
            id={props.id}
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={props.placeholder}
            aria-invalid={!!error}
            aria-describedby={error ? errorId : undefined}
          />
          {error && (
            <span className="field-error" id={errorId} role="alert">
              {error}
            </span>
          )}
        </div>
        {props.children}
        <button className="btn primary" type="submit" disabled={props.pending}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
