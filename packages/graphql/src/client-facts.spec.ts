import { bindRequest, verifyBinding } from './request-binding';
import { decodeClientFacts, encodeClientFacts } from './client-facts';

describe('client facts', () => {
  it('round-trip through the header, and anything else reads as none', () => {
    const facts = { address: '203.0.113.7', userAgent: 'Mozilla/5.0 (X11; Linux) "quoted" ünïcode' };
    expect(decodeClientFacts(encodeClientFacts(facts))).toEqual(facts);
    expect(decodeClientFacts('not-json')).toBeUndefined();
    expect(decodeClientFacts(undefined)).toBeUndefined();
  });

  it('are covered by the request binding: changed facts fail it', () => {
    const client = encodeClientFacts({ address: '203.0.113.7', userAgent: 'ua' });
    const facts = { method: 'POST', path: '/graphql', body: '{}', client };
    const binding = bindRequest('token', 'secret', facts);
    expect(verifyBinding(binding, 'token', 'secret', facts)).toBe(true);
    expect(
      verifyBinding(binding, 'token', 'secret', {
        ...facts,
        client: encodeClientFacts({ address: '198.51.100.1', userAgent: 'ua' }),
      }),
    ).toBe(false);
    expect(verifyBinding(binding, 'token', 'secret', { ...facts, client: undefined })).toBe(false);
  });
});
