import { createRequestIdentityVerifier, signIdentity } from './identity';
import { BINDING_LIFETIME_MS, bindRequest, verifyBinding } from './request-binding';

const secret = 's'.repeat(40);
const identity = {
  subject: 'u1',
  workspaceId: 'w1',
  roles: ['editor' as const],
  kind: 'user' as const,
  groups: [],
  workspaceRole: null,
};
const request = { method: 'POST', path: '/graphql', body: '{"query":"{ me { id } }"}' };

describe('signed identity bound to one request', () => {
  it('accepts the binding for the request it was made for, only for a short while', async () => {
    const token = await signIdentity(identity, secret);
    const now = Date.now();
    const binding = bindRequest(token, secret, request, now);
    expect(verifyBinding(binding, token, secret, request, now + 1000)).toBe(true);
    expect(verifyBinding(binding, token, secret, request, now + BINDING_LIFETIME_MS + 1)).toBe(false);
    expect(verifyBinding(bindRequest(token, secret, request, now + 60_000), token, secret, request, now)).toBe(false);
  });

  it('refuses the binding for another body, method, path, token or secret', async () => {
    const token = await signIdentity(identity, secret);
    const other = await signIdentity({ ...identity, roles: ['admin'] }, secret);
    const binding = bindRequest(token, secret, request);
    expect(
      verifyBinding(binding, token, secret, { ...request, body: '{"query":"mutation { deleteAsset(id: 1) }"}' }),
    ).toBe(false);
    expect(verifyBinding(binding, token, secret, { ...request, method: 'GET' })).toBe(false);
    expect(verifyBinding(binding, token, secret, { ...request, path: '/files/1' })).toBe(false);
    expect(verifyBinding(binding, other, secret, request)).toBe(false);
    expect(verifyBinding(bindRequest(token, 'x'.repeat(40), request), token, secret, request)).toBe(false);
    expect(verifyBinding(undefined, token, secret, request)).toBe(false);
    expect(verifyBinding('123.abc', token, secret, request)).toBe(false);
  });

  it('gives no identity for a valid signed identity without a binding to the request', async () => {
    const verify = createRequestIdentityVerifier(secret);
    const token = await signIdentity(identity, secret);
    expect(await verify(token, bindRequest(token, secret, request), request)).toEqual(identity);
    expect(await verify(token, undefined, request)).toBeUndefined();
    expect(await verify(token, bindRequest(token, secret, request), { ...request, body: '{}' })).toBeUndefined();
  });
});
