import { authPost, setCredential } from '../api/client';

export interface GuestSession {
  sessionToken: string;
  name: string;
  email: string;
}

const key = (linkToken: string) => `mam-guest:${linkToken}`;

/** The guest session this tab opened for a link (kept for reloads of this tab only), now sent with each call. */
export function resumeGuestSession(linkToken: string): GuestSession | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key(linkToken)) ?? 'null') as GuestSession | null;
    if (saved?.sessionToken) {
      setCredential(`Guest ${saved.sessionToken}`);
      return saved;
    }
  } catch {
    /* nothing saved */
  }
  return undefined;
}

/** Opens a share link at the gateway with the guest's name, email and the link's password. */
export async function openGuestSession(
  linkToken: string,
  form: { name: string; email: string; password?: string },
): Promise<GuestSession> {
  setCredential(undefined);
  const answer = await authPost<{ sessionToken: string; guest: { name: string; email: string } }>(
    '/review-links/open',
    { token: linkToken, ...form },
  );
  const session = { sessionToken: answer.sessionToken, name: answer.guest.name, email: answer.guest.email };
  sessionStorage.setItem(key(linkToken), JSON.stringify(session));
  setCredential(`Guest ${session.sessionToken}`);
  return session;
}

export function endGuestSession(linkToken: string): void {
  sessionStorage.removeItem(key(linkToken));
  setCredential(undefined);
}
