import { createHash, randomBytes } from 'node:crypto';

/** A link or session token: 256 random bits, so a plain SHA-256 is a safe one-way store for lookups. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
