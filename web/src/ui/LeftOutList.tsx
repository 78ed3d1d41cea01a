/** The assets a bulk action left out, each with why: "{lead}N assets were left out:" and the reasons. */
export function LeftOutList({ skipped, lead = '' }: { skipped: { assetId: string; reason: string }[]; lead?: string }) {
  if (skipped.length === 0) return null;
  return (
    <>
      <p style={{ marginTop: 0 }}>
        {lead}
        {skipped.length} {skipped.length === 1 ? 'asset was' : 'assets were'} left out:
      </p>
      <ul className="muted">
        {skipped.map((s) => (
          <li key={s.assetId}>{s.reason}</li>
        ))}
      </ul>
    </>
  );
}
