import { SignJWT } from 'jose';
import { signIdentity, verifyIdentity } from './identity';

const secret = 's'.repeat(40);
const identity = {
  subject: 'u1',
  workspaceId: 'w1',
  roles: ['editor' as const],
  kind: 'user' as const,
  groups: ['g1', 'g2'],
  workspaceRole: 'viewer' as const,
};

describe('gateway identity signature', () => {
  it('verifies what the gateway signed', async () => {
    expect(await verifyIdentity(await signIdentity(identity, secret), secret)).toEqual(identity);
  });

  it('reads an identity signed without groups or workspace role as having none', async () => {
    const { groups: _groups, workspaceRole: _role, ...bare } = identity;
    expect(await verifyIdentity(await signIdentity(bare, secret), secret)).toEqual({
      ...bare,
      groups: [],
      workspaceRole: null,
    });
  });

  it('rejects a token signed with another secret, an expired one, and a missing one', async () => {
    expect(await verifyIdentity(await signIdentity(identity, 'x'.repeat(40)), secret)).toBeUndefined();
    expect(await verifyIdentity(await signIdentity(identity, secret, -10), secret)).toBeUndefined();
    expect(await verifyIdentity(undefined, secret)).toBeUndefined();
  });

  it('rejects a token without the gateway issuer, even with the right key', async () => {
    const forged = await new SignJWT({ ws: 'w1', roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setAudience('mam-subgraph')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));
    expect(await verifyIdentity(forged, secret)).toBeUndefined();
  });
});
