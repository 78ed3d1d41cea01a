import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { CopyField } from '../ui/CopyField';
import { CreateByNameForm } from '../ui/CreateByNameForm';
import { RevocableTable } from '../ui/RevocableTable';
import { SecretCard } from '../ui/SecretCard';
import { MOUNT_SYSTEMS, guessMountSystem, type MountSystem } from './mount-systems';
import { CreateAppPasswordMutation, DriveSettingsQuery, RevokeAppPasswordMutation } from './operations';

const KEY = ['drive-settings'];

interface Created {
  name: string;
  username: string;
  secret: string;
}

/** The person's own drive settings: where the drive is, how to connect each desktop, and the app passwords that sign in to it. */
export function DrivePage() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: KEY, queryFn: () => gql(DriveSettingsQuery) });
  const [system, setSystem] = useState<MountSystem>(() => guessMountSystem(navigator.userAgent));
  const [created, setCreated] = useState<Created>();
  const create = useMutation({
    mutationFn: (name: string) => gql(CreateAppPasswordMutation, { name }),
    onSuccess: ({ createAppPassword }) => {
      setCreated({
        name: createAppPassword.appPassword.name,
        username: createAppPassword.username,
        secret: createAppPassword.secret,
      });
      return client.invalidateQueries({ queryKey: KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => gql(RevokeAppPasswordMutation, { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });

  if (settings.isPending) return <div className="skeleton" style={{ height: 240, margin: 22 }} />;
  if (settings.isError)
    return (
      <p className="alert" role="alert" style={{ margin: 22 }}>
        {errorMessage(settings.error)}
      </p>
    );
  const { driveMount, myAppPasswords } = settings.data;

  return (
    <div className="admin-body">
      <h1 className="admin-title">Connect the drive</h1>
      <div className="admin-page">
        <p className="admin-lead">
          Mount the workspace on your computer and open proxies (and masters, where you edit) straight from Finder,
          Explorer or your editing software. Collections are folders; files you copy in are uploaded.
        </p>

        <section className="admin-card" aria-labelledby="drive-address">
          <h2 id="drive-address">How to connect</h2>
          <CopyField id="mount-url" label="Drive address" value={driveMount.url} />
          <div className="tabs plain" role="tablist" aria-label="Operating system">
            {MOUNT_SYSTEMS.map((s) => (
              <button
                key={s.key}
                role="tab"
                id={`mount-tab-${s.key}`}
                aria-selected={system === s.key}
                aria-controls="mount-steps"
                onClick={() => setSystem(s.key)}
              >
                {s.label}
              </button>
            ))}
          </div>
          <div id="mount-steps" role="tabpanel" aria-labelledby={`mount-tab-${system}`}>
            <ol className="steps">
              {driveMount[system].map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        </section>

        <CreateByNameForm
          id="app-password-name"
          label="Computer name"
          placeholder="Edit suite 2"
          submitLabel="Create app password"
          nameRequired="Name the password after the computer that will use it"
          pending={create.isPending}
          onCreate={create.mutateAsync}
          intro={
            <>
              <h2>App passwords</h2>
              <p className="muted">
                The drive signs in with an app password, never your own: one per computer, so you can revoke a lost
                laptop without signing out anywhere else.
              </p>
            </>
          }
        />

        {created && (
          <SecretCard key={created.secret} title={`Sign-in for ${created.name}`} onStored={() => setCreated(undefined)}>
            <p>Type these when your computer asks. The password is shown only this once.</p>
            <CopyField id="app-password-user" label="User name" value={created.username} />
            <CopyField id="app-password-secret" label="Password" value={created.secret} />
          </SecretCard>
        )}

        <RevocableTable
          id="app-passwords-title"
          title="Passwords in use"
          items={myAppPasswords}
          nameHeader="Computer name"
          empty="No app passwords yet: create one above for each computer."
          revokeLabel={(p) => `Revoke app password ${p.name}`}
          onRevoke={(p) => revoke.mutate(p.id)}
          revoking={revoke.isPending}
        />
      </div>
    </div>
  );
}
