import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { AssetPageQuery } from '../gql/graphql';
import { CloseIcon } from '../ui/icons';
import { SetAssetTagsMutation } from './operations';

export function TagEditor({ asset, canEdit }: { asset: NonNullable<AssetPageQuery['asset']>; canEdit: boolean }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const save = useMutation({
    mutationFn: (tags: string[]) =>
      gql(SetAssetTagsMutation, { assetId: asset.id, expectedRevision: asset.revision, tags }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['asset', asset.id] }),
  });
  return (
    <div>
      <div className="tag-list">
        {asset.tags.length === 0 && <span className="muted">No tags</span>}
        {asset.tags.map((t) => (
          <span className="tag" key={t}>
            {t}
            {canEdit && (
              <button aria-label={`Remove tag ${t}`} onClick={() => save.mutate(asset.tags.filter((x) => x !== t))}>
                <CloseIcon size={11} />
              </button>
            )}
          </span>
        ))}
      </div>
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const tag = text.trim();
            if (!tag) return;
            save.mutate([...asset.tags, tag], { onSuccess: () => setText('') });
          }}
          style={{ display: 'flex', gap: 6 }}
        >
          <label className="sr-only" htmlFor="new-tag">
            Add a tag
          </label>
          <input
            id="new-tag"
            className="input"
            placeholder="Add a tag"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button className="btn" type="submit" disabled={save.isPending}>
            Add
          </button>
        </form>
      )}
      {save.isError && (
        <p className="field-error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
    </div>
  );
}
