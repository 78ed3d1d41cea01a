import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import type { Role } from '../gql/graphql';
import { CopyField } from '../ui/CopyField';
import { CreateByNameForm } from '../ui/CreateByNameForm';
import { RevocableTable } from '../ui/RevocableTable';
import { SecretCard } from '../ui/SecretCard';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './operations';
import { ROLE_HINT, ROLES } from './people';

const KEY = ['api-keys'];

export function ApiKeysPage() {
  const client = useQueryClient();
  const keys = useQuery({ queryKey: KEY, queryFn: () => gql(ApiKeysQuery) });
  const [role, setRole] = useState<Role>('viewer');
  const [created, setCreated] = useState<{ name: string; secret: string }>();
  const create = useMutation({
    mutationFn: (name: string) => gql(CreateApiKeyMutation, { input: { name, role } }),
    onSuccess: ({ createApiKey }) => {
      setCreated({ name: createApiKey.apiKey.name, secret: createApiKey.secret });
      return client.invalidateQueries({ queryKey: KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => gql(RevokeApiKeyMutation, { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });

  return (
    <>
      <h1 className="admin-title">API keys</h1>
      <div className="admin-page">
        <p className="admin-lead">
          Keys let partner applications and scripts call the API as a member of this workspace with the role you choose.
        </p>
        <CreateByNameForm
          id="key-name"
          label="Key name"
          placeholder="Playout server"
          submitLabel="Create key"
          nameRequired="Name the key after the application that will use it"
          pending={create.isPending}
          onCreate={create.mutateAsync}
        >
          <div className="field">
            <label htmlFor="key-role">Key role</label>
            <select id="key-role" className="input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}: {ROLE_HINT[r]}
                </option>
              ))}
            </select>
          </div>
        </CreateByNameForm>
        {created && (
          <SecretCard key={created.secret} title={`Secret of ${created.name}`} onStored={() => setCreated(undefined)}>
            <p>
              Copy it now: it is shown only this once and cannot be retrieved later. Send it as{' '}
              <code className="mono">Authorization: ApiKey &lt;secret&gt;</code>.
            </p>
            <CopyField id="key-secret" label="Secret" value={created.secret} />
          </SecretCard>
        )}
        {keys.isPending ? (
          <div className="skeleton" style={{ height: 80 }} />
        ) : keys.isError ? (
          <p className="alert" role="alert">
            {errorMessage(keys.error)}
          </p>
        ) : (
          <RevocableTable
            id="keys-title"
            title="Keys in use"
            items={keys.data.apiKeys}
            nameHeader="Name"
            columns={[{ header: 'Role', cell: (k) => k.role }]}
            empty="No keys yet."
            revokeLabel={(k) => `Revoke key ${k.name}`}
            onRevoke={(k) => revoke.mutate(k.id)}
            revoking={revoke.isPending}
          />
        )}
      </div>
    </>
  );
}
