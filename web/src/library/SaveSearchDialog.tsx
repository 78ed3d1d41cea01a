import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { gql } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import type { AssetSearchFilter } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { SaveSearchMutation } from './operations';

export function SaveSearchDialog({
  query,
  filter,
  onClose,
}: {
  query: string;
  filter: AssetSearchFilter;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<{ name: string }>({ defaultValues: { name: query } });
  const save = useMutation({
    mutationFn: (name: string) =>
      gql(SaveSearchMutation, { input: { name, query, filters: Object.keys(filter).length ? filter : null } }),
  });
  const onSubmit = handleSubmit(async ({ name }) => {
    try {
      const saved = await save.mutateAsync(name.trim());
      await client.invalidateQueries({ queryKey: ['collections'] });
      onClose();
      void navigate(`/?collection=${saved.saveSearch.id}`);
    } catch (e) {
      setError('name', { message: e instanceof ApiError && e.fields.name ? e.fields.name : errorMessage(e) });
    }
  });
  return (
    <Dialog title="Save as smart collection" onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <p className="muted" style={{ marginTop: 0 }}>
          A smart collection always shows what this search finds, including assets added later.
        </p>
        <div className="field">
          <label htmlFor="smart-name">Name</label>
          <input
            id="smart-name"
            className="input"
            autoFocus
            aria-invalid={!!formState.errors.name}
            {...register('name', {
              required: 'Give the collection a name',
              maxLength: { value: 200, message: 'At most 200 characters' },
            })}
          />
          {formState.errors.name && (
            <span className="field-error" role="alert">
              {formState.errors.name.message}
            </span>
          )}
        </div>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={formState.isSubmitting}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
