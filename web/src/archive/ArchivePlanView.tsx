import { Link } from 'react-router';
import type { RunArchivePolicyMutation } from '../gql/graphql';
import { formatBytes } from '../ui/format';

export type ArchivePlan = RunArchivePolicyMutation['runArchivePolicy'];

const count = (n: number) => `${n} ${n === 1 ? 'asset' : 'assets'}`;

/** What a dry run would move, or what a run queued: assets with their bytes, and what is blocked and why. */
export function ArchivePlanView({
  plan,
  onRun,
  running,
}: {
  plan: ArchivePlan;
  onRun?: () => void;
  running?: boolean;
}) {
  const summary = plan.dryRun
    ? `Would archive ${count(plan.assets.length)}, ${formatBytes(plan.totalBytes)} in total`
    : `Archiving ${count(plan.jobs.length)}, ${formatBytes(plan.totalBytes)} in total`;
  return (
    <div className="plan" role="status" aria-label={plan.dryRun ? 'Dry run result' : 'Archive started'}>
      <p className="plan-summary">
        {summary}
        {plan.dryRun ? ' (dry run: nothing moved yet)' : ''}.
      </p>
      {plan.assets.length > 0 && (
        <table className="archive-table">
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col" className="num">
                Versions
              </th>
              <th scope="col" className="num">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.assets.map((a) => (
              <tr key={a.assetId}>
                <td>
                  <Link to={`/assets/${a.assetId}`}>{a.title ?? a.assetId}</Link>
                </td>
                <td className="num">{a.versionIds.length}</td>
                <td className="num">{formatBytes(a.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.blocked.length > 0 && (
        <>
          <p className="muted" style={{ margin: '12px 0 4px' }}>
            Not archived now:
          </p>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {plan.blocked.map((b) => (
              <li key={b.assetId}>
                <Link to={`/assets/${b.assetId}`}>{b.title ?? b.assetId}</Link>: {b.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.dryRun && plan.assets.length === 0 && plan.blocked.length === 0 && (
        <p className="muted" style={{ margin: 0 }}>
          Nothing to archive: every master it selects is already archived.
        </p>
      )}
      {plan.dryRun && onRun && plan.assets.length > 0 && (
        <div className="plan-actions">
          <button className="btn primary" onClick={onRun} disabled={running}>
            {running ? 'Starting…' : `Archive ${count(plan.assets.length)}`}
          </button>
        </div>
      )}
    </div>
  );
}
