import './archive.css';

/** "Archived" or "Restoring" for a master that is not on the online tier; nothing while it is online. */
export function TierBadge({ tier }: { tier?: string | null }) {
  if (tier !== 'COLD' && tier !== 'RESTORING') return null;
  const label = tier === 'COLD' ? 'Archived' : 'Restoring';
  const title =
    tier === 'COLD' ? 'The master is in the archive; proxies and metadata stay online' : 'The master is being restored';
  return (
    <span className={`badge tier-${tier.toLowerCase()}`} title={title}>
      {label}
    </span>
  );
}
