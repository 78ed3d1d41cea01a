import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { DeliveryCard } from './DeliveryCard';
import { DeliveriesQuery } from './operations';
import { ACTIVE_DELIVERY } from './words';

/** The workspace's deliveries: running ones first, live; then the finished ones, newest first. */
export function DeliveriesPage() {
  // Running deliveries follow their subscription; the list itself looks again for new ones every few seconds.
  const query = useQuery({ queryKey: ['deliveries'], queryFn: () => gql(DeliveriesQuery), refetchInterval: 5000 });
  const deliveries = query.data?.deliveries ?? [];
  const running = deliveries.filter((d) => ACTIVE_DELIVERY.has(d.status));
  const finished = deliveries.filter((d) => !ACTIVE_DELIVERY.has(d.status));
  return (
    <div className="admin-page wide dist-page">
      <div>
        <h1 className="admin-title">Deliveries</h1>
        <p className="admin-lead">
          Every output is made from the approved master, checked against its profile, then sent to each destination.
        </p>
      </div>
      {query.isPending ? (
        <div className="skeleton" style={{ height: 160 }} />
      ) : query.isError ? (
        <p className="alert" role="alert">
          {errorMessage(query.error)}
        </p>
      ) : deliveries.length === 0 ? (
        <div className="admin-card dist-empty">
          <h2>No deliveries yet</h2>
          <p className="muted">
            Set up a <Link to="/distribution/rules">rule</Link> to deliver every approved version, or deliver assets by
            hand from the library or an asset&apos;s page.
          </p>
        </div>
      ) : (
        <>
          <section aria-labelledby="running-title" className="dist-section">
            <h2 id="running-title">Running</h2>
            {running.length === 0 ? (
              <p className="muted">Nothing is being delivered right now.</p>
            ) : (
              running.map((d) => <DeliveryCard key={d.id} delivery={d} />)
            )}
          </section>
          <section aria-labelledby="finished-title" className="dist-section">
            <h2 id="finished-title">Finished</h2>
            {finished.length === 0 ? (
              <p className="muted">No delivery has finished yet.</p>
            ) : (
              finished.map((d) => <DeliveryCard key={d.id} delivery={d} />)
            )}
          </section>
        </>
      )}
    </div>
  );
}
