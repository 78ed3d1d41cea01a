import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { badInput, forbidden, type Identity } from '@mam/graphql';
import { findAccount } from '../../repositories/account.repository';
import { appPasswordRepository, type AppPassword } from '../../repositories/app-password.repository';
import { memberIdentity } from './resolve-principal';

const PREFIX = 'mamapp_';

/** App passwords are 256 random bits, so a plain SHA-256 is a safe one-way store for lookups (as for API keys). */
export function hashAppPassword(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function requirePerson(identity: Identity): Identity {
  if (identity.kind !== 'user') throw forbidden('App passwords belong to people: sign in as yourself to manage them');
  return identity;
}

/**
 * The user name to type beside an app password: the person's email when they have an account, else their subject.
 * HTTP Basic ends the user name at its first colon, so none is ever offered with one (the drive accepts any user name).
 */
export async function driveUserName(dataSource: DataSource, subject: string): Promise<string> {
  const account = subject.startsWith('account:')
    ? await findAccount(dataSource, subject.slice('account:'.length))
    : undefined;
  return (account?.email ?? subject).replaceAll(':', '-');
}

/** Creates an app password for the person asking; the secret is returned once and never stored. */
export async function createAppPassword(
  dataSource: DataSource,
  identity: Identity,
  input: { name: string },
): Promise<{ appPassword: AppPassword; secret: string }> {
  const person = requirePerson(identity);
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('Name must be 1 to 200 characters', 'name');
  const secret = PREFIX + randomBytes(32).toString('base64url');
  const appPassword: AppPassword = {
    id: uuidv7(),
    workspaceId: person.workspaceId,
    subject: person.subject,
    name,
    createdAt: new Date(),
    revokedAt: null,
  };
  await appPasswordRepository.insert(dataSource.manager, appPassword, hashAppPassword(secret));
  return { appPassword, secret };
}

/** Revokes one of the person's own app passwords; false when they have no live one of that id. */
export function revokeAppPassword(dataSource: DataSource, identity: Identity, id: string): Promise<boolean> {
  return appPasswordRepository.revoke(dataSource.manager, requirePerson(identity), id);
}

/** The person's own app passwords, oldest first (revoked ones too). */
export function listAppPasswords(dataSource: DataSource, identity: Identity): Promise<AppPassword[]> {
  return appPasswordRepository.list(dataSource.manager, requirePerson(identity));
}

/** The member a live app password stands for, as they are now (role, groups); null for a revoked password or a removed member. */
export async function identityForAppPasswordHash(dataSource: DataSource, secretHash: string): Promise<Identity | null> {
  const password = await appPasswordRepository.findLiveByHash(dataSource.manager, secretHash);
  return password && memberIdentity(dataSource.manager, password.workspaceId, password.subject, 'user');
}
