import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { AccessTargetInput, Role } from '../gql/graphql';
import { formatDate } from '../ui/format';
import {
  AccessGrantsQuery,
  AccessGroupsQuery,
  AccessTargetsQuery,
  GrantAccessMutation,
  RevokeAccessMutation,
} from './operations';
import { memberLabel, principalLabel, ROLE_HINT, ROLES } from './people';

/** The target in the address: `?collection=<id>`, `?asset=<id>`, or the workspace. */
function useTarget(): [AccessTargetInput, string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const collectionId = params.get('collection');
  const assetId = params.get('asset');
  const target = collectionId ? { collectionId } : assetId ? { assetId } : { workspace: true };
  const value = collectionId ? `collection:${collectionId}` : assetId ? `asset:${assetId}` : 'workspace';
  const set = (v: string) => {
    const [kind, id] = v.split(':');
    setParams(kind === 'workspace' ? {} : { [kind]: id }, { replace: true });
  };
  return [target, value, set];
}

type Who = 'member' | 'group' | 'members';

export function AccessPage() {
  const client = useQueryClient();
  const [target, targetValue, setTarget] = useTarget();
  const targets = useQuery({ queryKey: ['access-targets'], queryFn: () => gql(AccessTargetsQuery) });
  const people = useQuery({ queryKey: ['access-groups'], queryFn: () => gql(AccessGroupsQuery) });
  const grantsKey = ['access-grants', targetValue];
  const grants = useQuery({ queryKey: grantsKey, queryFn: () => gql(AccessGrantsQuery, { target }) });
  const [who, setWho] = useState<Who>('group');
  const [principal, setPrincipal] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  const refresh = () => client.invalidateQueries({ queryKey: grantsKey });
  const grant = useMutation({
    mutationFn: () =>
      gql(GrantAccessMutation, {
        input: {
          target,
          role,
          ...(who === 'members'
            ? { allMembers: true }
            : who === 'group'
              ? { groupId: principal }
              : { subject: principal }),
        },
      }),
    onSuccess: async () => {
      setNote({ ok: true, text: 'Access granted.' });
      setPrincipal('');
      await refresh();
    },
    onError: (e) => setNote({ ok: false, text: errorMessage(e) }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => gql(RevokeAccessMutation, { id }),
    onSuccess: refresh,
    onError: (e) => setNote({ ok: false, text: errorMessage(e) }),
  });

  const members = people.data?.workspaceMembers ?? [];
  const groups = people.data?.accessGroups ?? [];
  const collections =
    targets.data?.collections.edges.flatMap(({ node }) => [
      { id: node.id, name: node.name },
      ...node.children.map((c) => ({ id: c.id, name: `${node.name} / ${c.name}` })),
    ]) ?? [];
  const assets = targets.data?.assets.edges.map((e) => e.node) ?? [];
  const choices =
    who === 'group'
      ? groups.map((g) => ({ id: g.id, label: g.name }))
      : members.filter((m) => m.active).map((m) => ({ id: m.subject, label: memberLabel(m, m.subject) }));

  return (
    <>
      <h1 className="admin-title">Access</h1>
      <div className="admin-page">
        <p className="admin-lead">
          Everyone has their workspace role everywhere. Grants give a member, a group or all members a role on the whole
          workspace, one collection (with everything in it) or one asset. A member’s own workspace role caps what a
          grant gives.
        </p>
        <div className="admin-card">
          <div className="field">
            <label htmlFor="grant-target">Grants on</label>
            <select
              id="grant-target"
              className="input"
              value={targetValue}
              onChange={(e) => {
                setNote(undefined);
                setTarget(e.target.value);
              }}
            >
              <option value="workspace">The whole workspace</option>
              {collections.length > 0 && (
                <optgroup label="Collections">
                  {collections.map((c) => (
                    <option key={c.id} value={`collection:${c.id}`}>
                      {c.name}
                    </option>
                  ))}
                </optgroup>
              )}
              {assets.length > 0 && (
                <optgroup label="Assets (newest)">
                  {assets.map((a) => (
                    <option key={a.id} value={`asset:${a.id}`}>
                      {a.title}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (who !== 'members' && !principal)
                return setNote({
                  ok: false,
                  text: who === 'group' ? 'Choose a group to grant to.' : 'Choose a member to grant to.',
                });
              grant.mutate();
            }}
          >
            <div className="field">
              <label htmlFor="grant-who">Give</label>
              <select
                id="grant-who"
                className="input"
                value={who}
                onChange={(e) => {
                  setWho(e.target.value as Who);
                  setPrincipal('');
                }}
              >
                <option value="group">A group</option>
                <option value="member">A member</option>
                <option value="members">All members</option>
              </select>
            </div>
            {who !== 'members' && (
              <div className="field grow">
                <label htmlFor="grant-principal">{who === 'group' ? 'Group' : 'Member'}</label>
                <select
                  id="grant-principal"
                  className="input"
                  value={principal}
                  onChange={(e) => setPrincipal(e.target.value)}
                >
                  <option value="">
                    {choices.length ? 'Choose…' : who === 'group' ? 'No groups yet' : 'No members'}
                  </option>
                  {choices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor="grant-role">The role</label>
              <select id="grant-role" className="input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r}: {ROLE_HINT[r]}
                  </option>
                ))}
              </select>
            </div>
            <button className="btn primary" type="submit" disabled={grant.isPending}>
              Grant
            </button>
          </form>
          {note && (
            <p className={`alert${note.ok ? ' ok' : ''}`} role={note.ok ? 'status' : 'alert'}>
              {note.text}
            </p>
          )}
        </div>
        <section className="section" aria-labelledby="grants-title">
          <h3 id="grants-title">Current grants</h3>
          {grants.isPending ? (
            <div className="skeleton" style={{ height: 60 }} />
          ) : grants.isError ? (
            <p className="alert" role="alert">
              {errorMessage(grants.error)}
            </p>
          ) : grants.data.accessGrants.length === 0 ? (
            <p className="muted">No grants here: only workspace roles apply.</p>
          ) : (
            <table className="data-table" aria-labelledby="grants-title">
              <thead>
                <tr>
                  <th>Who</th>
                  <th>Role</th>
                  <th>Granted</th>
                  <th>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {grants.data.accessGrants.map((g) => {
                  const label = principalLabel(g.principal, members, groups);
                  return (
                    <tr key={g.id}>
                      <td>{label}</td>
                      <td>{g.role}</td>
                      <td className="muted">
                        {formatDate(g.grantedAt)} by {principalLabel(`subject:${g.grantedBy}`, members, groups)}
                      </td>
                      <td style={{ textAlign: 'right' }}>
                        <button
                          className="btn small danger"
                          onClick={() => revoke.mutate(g.id)}
                          disabled={revoke.isPending}
                          aria-label={`Revoke ${g.role} from ${label}`}
                        >
                          Revoke
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
