import { openSecret, sealSecret } from './destination-secrets';

const key = 'k'.repeat(32);

describe('destination secrets', () => {
  it('round-trips, never shows the plain text, and differs each time', () => {
    const a = sealSecret(key, { password: 'hunter2' });
    const b = sealSecret(key, { password: 'hunter2' });
    expect(a).not.toContain('hunter2');
    expect(a).not.toBe(b);
    expect(openSecret(key, a)).toEqual({ password: 'hunter2' });
  });

  it('refuses another key and a tampered value', () => {
    const sealed = sealSecret(key, { password: 'hunter2' });
    expect(() => openSecret('x'.repeat(32), sealed)).toThrow('cannot be decrypted');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64');
    expect(() => openSecret(key, parts.join('.'))).toThrow('cannot be decrypted');
  });
});
