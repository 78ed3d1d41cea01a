import { prepareFirstSignIn } from '@mam/assets/src/domain/accounts/first-run';
import type { RunningSystem } from './start-system';

export interface FirstSignInOptions {
  /** The gateway's public URL, e.g. http://127.0.0.1:4000 */
  publicBaseUrl: string;
  /** The first admin's email address (ADMIN_EMAIL); `admin@localhost` by default. */
  adminEmail?: string;
  /** The workspace made for the admin on a new data folder. */
  workspaceId?: string;
  workspaceName?: string;
}

/**
 * What a start prints for people: on a new database a workspace and its admin are made and a
 * one-time sign-in link (24 h) is printed; while that admin has never signed in, every start
 * prints a fresh link (the previous ones stop working); after that only where to open the app.
 */
export async function firstSignInLines(system: RunningSystem, options: FirstSignInOptions): Promise<string[]> {
  const base = options.publicBaseUrl.replace(/\/$/, '');
  const { token } = await prepareFirstSignIn(system.services.assets.dataSource, {
    adminEmail: options.adminEmail || 'admin@localhost',
    workspaceId: options.workspaceId ?? 'dev',
    workspaceName: options.workspaceName ?? 'My workspace',
  });
  return token ? [`Sign in: ${base}/sign-in/link#token=${token}`] : [`Open ${base}`];
}
