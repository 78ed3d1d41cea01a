/** The CSRF token the session cookie pairs with: sent as x-csrf-token on every non-GET request. */
export function csrfToken(): string | undefined {
  const match = /(?:^|;\s*)mam_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : undefined;
}

export function csrfHeaders(): Record<string, string> {
  const token = csrfToken();
  return token ? { 'x-csrf-token': token } : {};
}
