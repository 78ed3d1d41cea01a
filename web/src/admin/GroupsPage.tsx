import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { AccessGroupsQuery as AccessGroupsResult } from '../gql/graphql';
import { formatDate } from '../ui/format';
import { CloseIcon } from '../ui/icons';
import {
  AccessGroupsQuery,
  AddAccessGroupMembersMutation,
  CreateAccessGroupMutation,
  DeleteAccessGroupMutation,
  RemoveAccessGroupMembersMutation,
} from './operations';
import { memberLabel } from './people';

type Group = AccessGroupsResult['accessGroups'][number];
type Member = AccessGroupsResult['workspaceMembers'][number];
const KEY = ['access-groups'];

function GroupCard({ group, members }: { group: Group; members: Member[] }) {
  const client = useQueryClient();
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const done = {
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
    onError: (e: unknown) => setError(errorMessage(e)),
  };
  const add = useMutation({
    mutationFn: (subject: string) => gql(AddAccessGroupMembersMutation, { groupId: group.id, subjects: [subject] }),
    ...done,
  });
  const remove = useMutation({
    mutationFn: (subject: string) => gql(RemoveAccessGroupMembersMutation, { groupId: group.id, subjects: [subject] }),
    ...done,
  });
  const del = useMutation({ mutationFn: () => gql(DeleteAccessGroupMutation, { id: group.id }), ...done });
  const outside = members.filter((m) => m.active && !group.members.includes(m.subject));
  const titleId = `group-${group.id}`;
  return (
    <section className="admin-card" aria-labelledby={titleId} data-testid="group-card">
      <div className="admin-card-head">
        <h2 id={titleId}>{group.name}</h2>
        <span className="muted">
          {group.members.length} {group.members.length === 1 ? 'member' : 'members'} · since{' '}
          {formatDate(group.createdAt)}
        </span>
        <span className="spacer" />
        {confirming ? (
          <>
            <span className="muted">Delete the group and its grants?</span>
            <button className="btn small" onClick={() => setConfirming(false)}>
              Keep
            </button>
            <button className="btn small danger" onClick={() => del.mutate()} disabled={del.isPending}>
              Delete group
            </button>
          </>
        ) : (
          <button
            className="btn small ghost danger"
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${group.name}`}
          >
            Delete
          </button>
        )}
      </div>
      {group.members.length === 0 ? (
        <p className="muted">Nobody yet. Add members below; a grant to this group then applies to each of them.</p>
      ) : (
        <ul className="tag-list" aria-label={`Members of ${group.name}`}>
          {group.members.map((s) => {
            const label = memberLabel(
              members.find((m) => m.subject === s),
              s,
            );
            return (
              <li key={s} className="tag">
                {label}
                <button
                  aria-label={`Remove ${label} from ${group.name}`}
                  onClick={() => remove.mutate(s)}
                  disabled={remove.isPending}
                >
                  <CloseIcon size={12} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!adding) return;
          setError(undefined);
          add.mutate(adding, { onSuccess: () => setAdding('') });
        }}
      >
        <label className="sr-only" htmlFor={`add-${group.id}`}>
          Add a member to {group.name}
        </label>
        <select
          id={`add-${group.id}`}
          className="input"
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          disabled={outside.length === 0}
        >
          <option value="">{outside.length ? 'Choose a member…' : 'Every member is in this group'}</option>
          {outside.map((m) => (
            <option key={m.subject} value={m.subject}>
              {memberLabel(m, m.subject)}
            </option>
          ))}
        </select>
        <button className="btn" type="submit" disabled={!adding || add.isPending}>
          Add to group
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export function GroupsPage() {
  const client = useQueryClient();
  const groups = useQuery({ queryKey: KEY, queryFn: () => gql(AccessGroupsQuery) });
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const create = useMutation({
    mutationFn: () => gql(CreateAccessGroupMutation, { name: name.trim() }),
    onSuccess: () => {
      setName('');
      setError(undefined);
      return client.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => setError(errorMessage(e)),
  });
  return (
    <>
      <h1 className="admin-title">Groups</h1>
      <div className="admin-page">
        <p className="admin-lead">
          Groups gather members, such as a team or a client, so access is granted to all of them at once.
        </p>
        <form
          className="admin-card inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return setError('Give the group a name');
            create.mutate();
          }}
          noValidate
        >
          <div className="field grow">
            <label htmlFor="group-name">New group name</label>
            <input
              id="group-name"
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Colour team"
              aria-invalid={!!error}
              aria-describedby={error ? 'group-error' : undefined}
            />
            {error && (
              <span className="field-error" id="group-error" role="alert">
                {error}
              </span>
            )}
          </div>
          <button className="btn primary" type="submit" disabled={create.isPending}>
            Create group
          </button>
        </form>
        {groups.isPending ? (
          <div className="skeleton" style={{ height: 120 }} />
        ) : groups.isError ? (
          <p className="alert" role="alert">
            {errorMessage(groups.error)}
          </p>
        ) : groups.data.accessGroups.length === 0 ? (
          <p className="muted">No groups yet.</p>
        ) : (
          groups.data.accessGroups.map((g) => <GroupCard key={g.id} group={g} members={groups.data.workspaceMembers} />)
        )}
      </div>
    </>
  );
}
