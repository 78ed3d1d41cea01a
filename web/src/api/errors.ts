/** A failed API call, in words a user can act on; `code` is the server's extensions.code. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code: string,
    readonly status = 0,
    /** Per-field problems (BAD_USER_INPUT), keyed by field key. */
    readonly fields: Record<string, string> = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface RawError {
  message?: string;
  extensions?: Record<string, unknown> & { code?: string };
}

const GENERIC: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again to continue.',
  FORBIDDEN: 'You do not have permission to do that. Ask a workspace admin for access.',
  NOT_FOUND: 'This item no longer exists, or you do not have access to it.',
  CONFLICT: 'Someone else changed this in the meantime. Reload to see their changes, then try again.',
  UNAVAILABLE: 'The server is temporarily unavailable. Wait a moment and try again.',
  RATE_LIMITED: 'Too many attempts. Wait a moment and try again.',
  CSRF: 'Your session needs refreshing. Reload the page and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again; if it keeps happening, contact your admin.',
  NETWORK: 'Cannot reach the server. Check your connection and try again.',
  GRAPHQL_VALIDATION_FAILED: 'This app is out of date with the server. Reload the page.',
};

/** Server messages of these codes are written for people and are shown as they are. */
const SHOW_SERVER_MESSAGE = new Set([
  'BAD_USER_INPUT',
  'LOCKED',
  'INVALID_LINK',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'FORBIDDEN',
  'CONFLICT',
]);

export function toApiError(raw: RawError | undefined, status = 0): ApiError {
  const code = raw?.extensions?.code ?? (status >= 500 ? 'UNAVAILABLE' : 'INTERNAL_SERVER_ERROR');
  const fields: Record<string, string> = {};
  const fieldErrors = raw?.extensions?.fieldErrors;
  if (Array.isArray(fieldErrors))
    for (const e of fieldErrors as Array<{ key?: string; message?: string }>)
      if (e.key) fields[e.key] = e.message ?? 'Invalid value';
  const extFields = raw?.extensions?.fields;
  if (extFields && typeof extFields === 'object')
    for (const [k, v] of Object.entries(extFields as Record<string, unknown>)) fields[k] = String(v);
  const serverMessage =
    raw?.message && SHOW_SERVER_MESSAGE.has(code) && !/^(Cannot|Variable|Field|Syntax|Unknown)\b/.test(raw.message)
      ? raw.message
      : undefined;
  return new ApiError(
    serverMessage ?? GENERIC[code] ?? GENERIC.INTERNAL_SERVER_ERROR,
    code,
    status,
    fields,
    raw?.extensions ?? {},
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return GENERIC.INTERNAL_SERVER_ERROR;
}
