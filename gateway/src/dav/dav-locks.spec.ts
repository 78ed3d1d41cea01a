import { ifHeaderHolds, lockMinutes, lockToken, submittedTokens } from './dav-locks';

const lock = { holder: 'editor-1', acquiredAt: '2026-12-02T06:00:00.000Z', expiresAt: '2026-12-02T07:00:00.000Z' };

describe('drive locks', () => {
  it('derives the same token from the same check-out, and another from a new one', () => {
    const token = lockToken('asset-1', lock);
    expect(token).toMatch(/^opaquelocktoken:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(lockToken('asset-1', { ...lock })).toBe(token);
    expect(lockToken('asset-1', { ...lock, acquiredAt: '2026-12-02T06:30:00.000Z' })).not.toBe(token);
  });

  it('evaluates If headers: tagged and untagged lists, Not, ETags', () => {
    const token = 'opaquelocktoken:abc';
    expect(ifHeaderHolds(undefined, {})).toBe(true);
    expect(ifHeaderHolds(`(<${token}>)`, { token })).toBe(true);
    expect(ifHeaderHolds('(<opaquelocktoken:other>)', { token })).toBe(false);
    expect(ifHeaderHolds(`<http://host/dav/a> (<${token}> ["e1"])`, { token, etag: '"e1"' })).toBe(true);
    expect(ifHeaderHolds(`(<${token}> ["e2"])`, { token, etag: '"e1"' })).toBe(false);
    expect(ifHeaderHolds('(<DAV:no-lock>) (Not <DAV:no-lock>)', {})).toBe(true);
    expect(ifHeaderHolds('(<DAV:no-lock>)', {})).toBe(false);
    expect(submittedTokens(`<http://host/dav/a> (<${token}>) (Not <opaquelocktoken:x>)`)).toEqual([token]);
  });

  it('turns Timeout headers into check-out minutes within what a check-out allows', () => {
    expect(lockMinutes('Second-3600')).toBe(60);
    expect(lockMinutes('Second-10')).toBe(1);
    expect(lockMinutes('Infinite, Second-4100000000')).toBe(10_080);
    expect(lockMinutes(undefined)).toBe(60);
  });
});
