import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { DeliverDialog, type DeliveryTarget } from './DeliverDialog';
import { DeliveryCard } from './DeliveryCard';
import { AssetDeliveriesQuery } from './operations';
import './distribution.css';

const STATUS_WORDS = {
  AWAITING_APPROVAL: 'Awaiting approval',
  SCHEDULED: 'Approved, delivery scheduled',
  DELIVERING: 'Delivering',
  DELIVERED: 'Delivered',
  FAILED: 'Last delivery failed',
} as const;

/** The asset's deliveries, newest first and live while they run, and a way to deliver the shown version by hand. */
export function AssetDeliveries({
  assetId,
  target,
  canEdit,
}: {
  assetId: string;
  target?: DeliveryTarget;
  canEdit: boolean;
}) {
  const [delivering, setDelivering] = useState(false);
  const query = useQuery({
    queryKey: ['asset-deliveries', assetId],
    queryFn: () => gql(AssetDeliveriesQuery, { id: assetId }),
  });
  if (query.isPending) return <div className="skeleton" style={{ height: 16 }} />;
  if (query.isError)
    return (
      <p className="muted" style={{ margin: 0 }}>
        Deliveries could not be loaded: {errorMessage(query.error)}
      </p>
    );
  const asset = query.data.asset;
  const deliveries = asset?.deliveries ?? [];
  return (
    <div data-testid="asset-deliveries">
      <div className="dist-status-row">
        <span>
          {deliveries[0]?.status === 'REFUSED'
            ? 'Last delivery refused by the asset’s rights'
            : asset?.distributionStatus
              ? STATUS_WORDS[asset.distributionStatus]
              : 'Not delivered'}
        </span>
        {canEdit && target && (
          <button className="btn small primary" onClick={() => setDelivering(true)}>
            Deliver…
          </button>
        )}
      </div>
      {deliveries.length === 0 ? (
        <p className="muted" style={{ margin: '6px 0 0', fontSize: 12 }}>
          Not delivered yet.
        </p>
      ) : (
        <div className="dist-asset-list">
          {deliveries.map((d) => (
            <DeliveryCard key={d.id} delivery={d} showAsset={false} />
          ))}
        </div>
      )}
      {delivering && target && <DeliverDialog targets={[target]} onClose={() => setDelivering(false)} />}
    </div>
  );
}
