import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password-hash';

describe('password hashes', () => {
  it('are argon2id PHC strings with a fresh salt, verifying the right password only', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse batterz')).toBe(false);
  });

  it('refuse malformed stored values and answer false for the decoy', async () => {
    expect(await verifyPassword('$2b$10$notargon', 'anything')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
    expect(await verifyAgainstDecoy('anything')).toBe(false);
  });
});
