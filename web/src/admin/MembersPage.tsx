import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { gql } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import type { Role } from '../gql/graphql';
import { formatDate } from '../ui/format';
import { InviteMemberMutation, MembersQuery, RevokeInviteMutation, SetMemberRoleMutation } from './operations';
import { memberLabel, ROLE_HINT, ROLES } from './people';

export function MembersPage() {
  const client = useQueryClient();
  const members = useQuery({ queryKey: ['members'], queryFn: () => gql(MembersQuery) });
  const [link, setLink] = useState<{ email: string; url: string }>();
  const [copied, setCopied] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<{ email: string; role: Role }>({
    defaultValues: { role: 'editor' },
  });
  const invite = useMutation({
    mutationFn: (input: { email: string; role: Role }) => gql(InviteMemberMutation, { input }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => gql(RevokeInviteMutation, { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['members'] }),
  });
  const [roleNote, setRoleNote] = useState<{ ok: boolean; text: string }>();
  const setRole = useMutation({
    mutationFn: (v: { subject: string; role: Role; label: string }) =>
      gql(SetMemberRoleMutation, { subject: v.subject, role: v.role }),
    onSuccess: (_, v) => {
      setRoleNote({ ok: true, text: `${v.label} is now ${v.role}.` });
      return client.invalidateQueries({ queryKey: ['members'] });
    },
    onError: (e) => setRoleNote({ ok: false, text: errorMessage(e) }),
  });

  const onSubmit = handleSubmit(async (values) => {
    setCopied(false);
    try {
      const { inviteMember } = await invite.mutateAsync({ email: values.email.trim(), role: values.role });
      setLink({ email: inviteMember.email, url: new URL(inviteMember.url ?? '', location.origin).toString() });
      reset({ email: '', role: values.role });
      await client.invalidateQueries({ queryKey: ['members'] });
    } catch (e) {
      setError('email', { message: e instanceof ApiError && e.fields.email ? e.fields.email : errorMessage(e) });
    }
  });

  return (
    <>
      <h1 className="admin-title">Members and invitations</h1>
      <div className="admin-page">
        <section className="admin-card" aria-labelledby="invite-title">
          <h2 id="invite-title" style={{ marginBottom: 12 }}>
            Invite someone
          </h2>
          <form
            onSubmit={onSubmit}
            noValidate
            style={{ display: 'flex', gap: 10, alignItems: 'flex-start', flexWrap: 'wrap' }}
          >
            <div className="field" style={{ flex: '1 1 260px', marginBottom: 0 }}>
              <label htmlFor="invite-email">Email</label>
              <input
                id="invite-email"
                className="input"
                type="email"
                aria-invalid={!!formState.errors.email}
                {...register('email', {
                  required: 'Enter their email address',
                  pattern: { value: /^[^\s@]+@[^\s@]+$/, message: 'Enter a valid email address' },
                })}
              />
              {formState.errors.email && (
                <span className="field-error" role="alert">
                  {formState.errors.email.message}
                </span>
              )}
            </div>
            <div className="field" style={{ width: 140, marginBottom: 0 }}>
              <label htmlFor="invite-role">Role</label>
              <select id="invite-role" className="input" {...register('role')}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </div>
            <button className="btn primary" type="submit" style={{ marginTop: 22 }} disabled={formState.isSubmitting}>
              Create invitation
            </button>
          </form>
          {link && (
            <div className="alert ok" role="status" style={{ marginTop: 14 }}>
              <p style={{ margin: '0 0 8px' }}>Send this link to {link.email}. It is shown only now and works once.</p>
              <div style={{ display: 'flex', gap: 8 }}>
                <label className="sr-only" htmlFor="invite-link">
                  Invitation link
                </label>
                <input
                  id="invite-link"
                  className="input mono"
                  readOnly
                  value={link.url}
                  data-testid="invite-link"
                  onFocus={(e) => e.target.select()}
                />
                <button
                  className="btn"
                  type="button"
                  onClick={async () => {
                    await navigator.clipboard?.writeText(link.url).catch(() => undefined);
                    setCopied(true);
                  }}
                >
                  {copied ? 'Copied' : 'Copy'}
                </button>
              </div>
            </div>
          )}
        </section>
        {members.isPending ? (
          <div className="skeleton" style={{ height: 120 }} />
        ) : members.isError ? (
          <p className="alert" role="alert">
            {errorMessage(members.error)}
          </p>
        ) : (
          <>
            <section className="section">
              <h3>Open invitations</h3>
              {members.data.invites.length === 0 ? (
                <p className="muted">None.</p>
              ) : (
                <table className="data-table">
                  <tbody>
                    {members.data.invites.map((i) => (
                      <tr key={i.id}>
                        <td>{i.email}</td>
                        <td>
                          {i.role} · expires {formatDate(i.expiresAt)}
                        </td>
                        <td style={{ textAlign: 'right' }}>
                          <button className="btn small danger" onClick={() => revoke.mutate(i.id)}>
                            Revoke
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="section">
              <h3>Members</h3>
              {roleNote && (
                <p className={`alert${roleNote.ok ? ' ok' : ''}`} role={roleNote.ok ? 'status' : 'alert'}>
                  {roleNote.text}
                </p>
              )}
              <table className="data-table">
                <tbody>
                  {members.data.workspaceMembers.map((m) => {
                    const label = memberLabel(m, m.subject);
                    return (
                      <tr key={m.subject}>
                        <td>
                          {label}
                          {m.name && m.email ? <span className="muted"> · {m.email}</span> : null}
                        </td>
                        <td>
                          <label className="sr-only" htmlFor={`role-${m.subject}`}>
                            Workspace access of {label}
                          </label>
                          <select
                            id={`role-${m.subject}`}
                            className="input compact"
                            value={m.role}
                            disabled={!m.active || setRole.isPending}
                            title={ROLE_HINT[m.role]}
                            onChange={(e) =>
                              setRole.mutate({ subject: m.subject, role: e.target.value as Role, label })
                            }
                          >
                            {ROLES.map((r) => (
                              <option key={r} value={r}>
                                {r}
                              </option>
                            ))}
                          </select>
                          <span className="muted">
                            {' '}
                            {m.kind === 'api_key' ? 'API key' : 'person'}
                            {m.active ? '' : ' · removed'}
                          </span>
                        </td>
                        <td className="muted" style={{ textAlign: 'right' }}>
                          since {formatDate(m.createdAt)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          </>
        )}
      </div>
    </>
  );
}
