import { useQuery } from '@tanstack/react-query';
import { gql } from '../api/client';
import { useMe } from '../auth/session';
import { errorMessage } from '../api/errors';
import { formatDateTime } from '../ui/format';
import { who } from './who';
import { AssetHistoryQuery } from './operations';

const ACTION: Record<string, string> = {
  CREATED: 'Created',
  EDITED: 'Edited',
  METADATA_CHANGED: 'Changed metadata',
  VERSION_ADDED: 'Added version',
  VERSION_HELD: 'Version held while checked out',
  VERSION_PROMOTED: 'Made version current',
  LOCKED: 'Checked out',
  UNLOCKED: 'Checked in',
  LOCK_BROKEN: 'Broke the lock',
  ADDED_TO_COLLECTION: 'Added to collection',
  REMOVED_FROM_COLLECTION: 'Removed from collection',
  NOT_ADDED_TO_COLLECTION: 'Not added to collection',
};

export function AssetHistory({ assetId }: { assetId: string }) {
  const me = useMe();
  const history = useQuery({
    queryKey: ['asset', assetId, 'history'],
    queryFn: () => gql(AssetHistoryQuery, { id: assetId }),
  });
  if (history.isPending)
    return (
      <div>
        {[0, 1, 2].map((i) => (
          <div key={i} className="skeleton" style={{ height: 34, marginBottom: 8 }} />
        ))}
      </div>
    );
  if (history.isError)
    return (
      <p className="alert" role="alert">
        {errorMessage(history.error)}
      </p>
    );
  const entries = history.data.asset?.history.edges.map((e) => e.node) ?? [];
  return (
    <ol className="history">
      {entries.map((e) => (
        <li key={e.id}>
          <div>
            <strong>{ACTION[e.action] ?? e.action}</strong>
            {e.version ? ` ${e.version.number}` : ''} <span className="muted">by {who(e.actor, me.data)}</span>
          </div>
          {e.changes
            .filter((c) => c.field.startsWith('metadata.') || c.field === 'title')
            .map((c) => (
              <div key={c.field} className="muted" style={{ fontSize: 12 }}>
                {c.field.replace(/^metadata\./, '')}: {c.from ?? '—'} → {c.to ?? '—'}
              </div>
            ))}
          <div className="when">{formatDateTime(e.at)}</div>
        </li>
      ))}
    </ol>
  );
}
