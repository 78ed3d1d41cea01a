import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { who } from '../asset/who';
import { useMe } from '../auth/session';
import { formatDate } from '../ui/format';
import { LogoIcon, TrashIcon } from '../ui/icons';
import { canEditPeople } from './FacePicture';
import { LogoForm } from './LogoForm';
import { DeleteLogoMutation, LogosQuery } from './operations';
import './people.css';

const KEY = ['logos'];

/** The workspace's logo library: what enrichment looks for on keyframes, by wordmark and by picture. */
export function LogosPage() {
  const me = useMe().data;
  const editable = canEditPeople(me?.role);
  const client = useQueryClient();
  const logos = useQuery({ queryKey: KEY, queryFn: () => gql(LogosQuery) });
  const [error, setError] = useState<string>();
  const remove = useMutation({
    mutationFn: (id: string) => gql(DeleteLogoMutation, { id }),
    onSuccess: () => {
      setError(undefined);
      return client.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  return (
    <div className="admin">
      <div className="admin-body">
        <h1 className="admin-title">Logo library</h1>
        <div className="admin-page">
          <p className="admin-lead">
            Logos your media is searched for: by the texts that spell them and by reference pictures. A logo found on
            screen makes its asset findable by the logo&apos;s name.
          </p>
          {logos.isPending ? (
            <div className="skeleton" style={{ height: 80 }} />
          ) : logos.isError ? (
            <p className="alert" role="alert">
              {errorMessage(logos.error)}
            </p>
          ) : logos.data.logos.length === 0 ? (
            <div className="admin-card logo-empty">
              <LogoIcon size={28} />
              <p>
                No logos yet.{' '}
                {editable ? 'Add the brands you want to find below.' : 'Editors can add the brands to look for.'}
              </p>
            </div>
          ) : (
            <section className="section" aria-labelledby="logos-title">
              <h3 id="logos-title">Logos</h3>
              {error && (
                <p className="field-error" role="alert">
                  {error}
                </p>
              )}
              <table className="data-table" aria-labelledby="logos-title">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Wordmarks</th>
                    <th>Images</th>
                    <th>Added</th>
                    {editable && (
                      <th>
                        <span className="sr-only">Actions</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {logos.data.logos.map((logo) => (
                    <tr key={logo.id}>
                      <td className="logo-name">{logo.name}</td>
                      <td>
                        {logo.wordmarks.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <span className="wordmark-chips">
                            {logo.wordmarks.map((w) => (
                              <span key={w} className="wordmark">
                                {w}
                              </span>
                            ))}
                          </span>
                        )}
                      </td>
                      <td className="mono">{logo.imageCount}</td>
                      <td className="muted small">
                        {formatDate(logo.createdAt)} by {who(logo.createdBy, me)}
                      </td>
                      {editable && (
                        <td style={{ textAlign: 'right' }}>
                          <button
                            className="btn small ghost danger"
                            disabled={remove.isPending}
                            aria-label={`Delete ${logo.name}`}
                            title={`Delete ${logo.name}`}
                            onClick={() => remove.mutate(logo.id)}
                          >
                            <TrashIcon size={14} /> Delete
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {editable && <LogoForm />}
        </div>
      </div>
    </div>
  );
}
