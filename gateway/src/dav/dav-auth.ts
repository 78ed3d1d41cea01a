import { cachedLoader, type Identity } from '@mam/graphql';
import { createHash } from 'node:crypto';
import type { Verifier } from '../auth/authenticate';
import { askAboutCredentials, withMembership } from '../auth/principal';

interface PasswordAnswer {
  subject: string;
  workspaceId: string;
  role: string;
  groups: string[];
  workspaceRole: string | null;
}

const APP_PASSWORD_PREFIX = 'mamapp_';
const API_KEY_PREFIX = 'mam_';

/**
 * Verifies a person's app password by asking assets (which keeps them hashed) for the member behind
 * its SHA-256 hash, on every request: a revoked password stops at once.
 */
export function createAppPasswordVerifier(options: { assetsUrl: string; gatewaySecret: string }): Verifier {
  const load = cachedLoader<PasswordAnswer | null>(0);
  const query =
    'query($passwordHash: String!) { appPasswordIdentity(passwordHash: $passwordHash) { subject workspaceId role groups workspaceRole } }';
  return async (secret) => {
    const passwordHash = createHash('sha256').update(secret).digest('hex');
    const found = await load(
      passwordHash,
      async () =>
        (await askAboutCredentials<{ appPasswordIdentity: PasswordAnswer | null }>(options, query, { passwordHash }))
          .appPasswordIdentity,
    );
    if (!found) return undefined;
    const identity: Identity = { subject: found.subject, workspaceId: found.workspaceId, roles: [], kind: 'user' };
    return withMembership(identity, found);
  };
}

/**
 * The drive's credentials: HTTP Basic (what desktop clients send) whose password is an app password
 * or an API key, the user name being free; or any Authorization the API takes (Bearer, ApiKey).
 * Undefined: no credentials at all, or a Basic password that is neither.
 */
export function davAuthorization(
  header: string | undefined,
  verifiers: { appPassword: Verifier; authenticate: (authorization: string) => Promise<Identity> },
): Promise<Identity | undefined> | undefined {
  if (!header) return undefined;
  const [scheme, credential] = header.trim().split(/\s+/, 2);
  if (!/^basic$/i.test(scheme)) return verifiers.authenticate(header);
  const decoded = Buffer.from(credential ?? '', 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  if (password.startsWith(APP_PASSWORD_PREFIX)) return verifiers.appPassword(password);
  if (password.startsWith(API_KEY_PREFIX)) return verifiers.authenticate(`ApiKey ${password}`);
  return Promise.resolve(undefined);
}
