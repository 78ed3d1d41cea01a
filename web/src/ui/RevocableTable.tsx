import type { ReactNode } from 'react';
import { formatDate } from './format';

interface Revocable {
  id: string;
  name: string;
  createdAt: string;
  revokedAt?: string | null;
}

interface RevocableTableProps<T extends Revocable> {
  /** The section heading's id, which names the table. */
  id: string;
  title: string;
  items: T[];
  nameHeader: string;
  /** Columns between the name and the creation date. */
  columns?: { header: string; cell: (item: T) => ReactNode }[];
  empty: string;
  /** The Revoke button's accessible name for an item, e.g. "Revoke key Playout server". */
  revokeLabel: (item: T) => string;
  onRevoke: (item: T) => void;
  revoking: boolean;
}

/** Credentials in use (API keys, app passwords), each with a Revoke button, and the names of those revoked. */
export function RevocableTable<T extends Revocable>(props: RevocableTableProps<T>) {
  const columns = props.columns ?? [];
  const live = props.items.filter((item) => !item.revokedAt);
  const revoked = props.items.filter((item) => item.revokedAt);
  return (
    <section className="section" aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      {live.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <table className="data-table" aria-labelledby={props.id}>
          <thead>
            <tr>
              <th>{props.nameHeader}</th>
              {columns.map((column) => (
                <th key={column.header}>{column.header}</th>
              ))}
              <th>Created</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {live.map((item) => (
              <tr key={item.id}>
                <td>{item.name}</td>
                {columns.map((column) => (
                  <td key={column.header}>{column.cell(item)}</td>
                ))}
                <td className="muted">{formatDate(item.createdAt)}</td>
                <td style={{ textAlign: 'right' }}>
                  <button
                    className="btn small danger"
                    onClick={() => props.onRevoke(item)}
                    disabled={props.revoking}
                    aria-label={props.revokeLabel(item)}
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoked.length > 0 && (
        <p className="muted" style={{ marginTop: 10 }}>
          Revoked: {revoked.map((item) => `${item.name} (${formatDate(item.revokedAt)})`).join(', ')}
        </p>
      )}
    </section>
  );
}
