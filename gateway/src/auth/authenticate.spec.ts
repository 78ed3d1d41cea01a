import type { Identity } from '@mam/graphql';
import { createAuthenticator } from './authenticate';

const guest: Identity = {
  subject: 'guest:0192f1c4-0000-7000-8000-000000000000:gina@client.example',
  workspaceId: 'w1',
  roles: [],
  kind: 'guest',
};

describe('createAuthenticator', () => {
  it('hands a Guest credential to the guest verifier only', async () => {
    const authenticate = createAuthenticator({
      jwt: async () => undefined,
      guest: async (token) => (token === 'good' ? guest : undefined),
    });
    await expect(authenticate('Guest good')).resolves.toEqual(guest);
    await expect(authenticate('Guest bad')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(authenticate('Bearer good')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses the Guest scheme when no guest verifier is configured', async () => {
    await expect(createAuthenticator({ jwt: async () => guest })('Guest good')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
