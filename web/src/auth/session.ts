import { useQuery, useQueryClient } from '@tanstack/react-query';
import { authPost } from '../api/client';
import { ApiError, toApiError } from '../api/errors';

export interface Workspace {
  id: string;
  name: string;
  role: string;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  workspaceId: string;
  workspaceName: string;
  role: string;
  workspaces: Workspace[];
}

/** The signed-in person, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  let response: Response;
  try {
    response = await fetch('/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError('Cannot reach the server. Check your connection and try again.', 'NETWORK');
  }
  if (response.status === 401) return null;
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw toApiError(json.errors?.[0], response.status);
  return json.me as Me;
}

export const ME_KEY = ['me'] as const;

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: 1 });
}

export function useSession() {
  const client = useQueryClient();
  const setMe = (me: Me | null) => client.setQueryData(ME_KEY, me);
  return {
    async signIn(email: string, password: string) {
      const { me } = await authPost<{ me: Me }>('/auth/sign-in', { email, password });
      setMe(me);
      return me;
    },
    async redeemLink(token: string) {
      const { me } = await authPost<{ me: Me }>('/auth/link', { token });
      setMe(me);
      return me;
    },
    async acceptInvite(token: string, name: string, password: string) {
      const { me } = await authPost<{ me: Me }>('/auth/invite/accept', { token, name, password });
      setMe(me);
      return me;
    },
    async signOut() {
      await authPost('/auth/sign-out').catch(() => undefined);
      client.clear();
      setMe(null);
    },
    async switchWorkspace(workspaceId: string) {
      const { me } = await authPost<{ me: Me }>('/auth/switch-workspace', { workspaceId });
      client.clear();
      setMe(me);
      return me;
    },
  };
}

/** Reads `token` from the URL fragment (never sent to servers or logs) and removes it from the address bar. */
export function takeFragmentToken(): string | undefined {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = params.get('token') ?? undefined;
  if (token) history.replaceState(null, '', location.pathname + location.search);
  return token;
}
