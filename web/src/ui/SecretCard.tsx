import { useEffect, useRef, type ReactNode } from 'react';

/**
 * What a create form just made that is shown only this once (a new key's secret, an app password):
 * brought into view as it appears below the form, and gone once the person says they stored it.
 */
export function SecretCard({
  title,
  onStored,
  children,
}: {
  title: string;
  onStored: () => void;
  children: ReactNode;
}) {
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    card.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div className="admin-card secret-card" role="status" ref={card}>
      <div className="admin-card-head">
        <h2>{title}</h2>
        <span className="spacer" />
        <button className="btn small ghost" onClick={onStored}>
          I have stored it
        </button>
      </div>
      {children}
    </div>
  );
}
