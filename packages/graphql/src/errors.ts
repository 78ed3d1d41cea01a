import { GraphQLError, type ASTNode } from 'graphql';
import { atLeast } from './asset-roles';
import type { Role } from './identity';

/**
 * Every `extensions.code` a client may see, and the HTTP status each stands for. The status is what
 * an HTTP answer outside GraphQL uses (tus, the sign-in routes, body-parser refusals); a GraphQL
 * answer carries it only when the refusal is of the whole request (UNAUTHENTICATED, RATE_LIMITED,
 * UNAVAILABLE), so a refused field never costs the rest of a response its data.
 */
const CODES = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  OPERATION_TOO_COMPLEX: 400,
  UNAUTHENTICATED: 401,
  INVALID_LINK: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof CODES;

/** The codes, by name: `ErrorCode.NOT_FOUND === 'NOT_FOUND'`. */
export const ErrorCode = Object.fromEntries(Object.keys(CODES).map((code) => [code, code])) as {
  readonly [C in ErrorCode]: C;
};

export function httpStatusOf(code: ErrorCode): number {
  return CODES[code];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(CODES, value);
}

/** Codes whose message and extensions reach the client as they are: every one but the catch-all. */
export const EXPECTED_CODES: ReadonlySet<ErrorCode> = new Set(
  (Object.keys(CODES) as ErrorCode[]).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
);

/** The kit's one constructor: a code, a message for people, and the details a client acts on. */
export function kitError(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
  withStatus = false,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...details, ...(withStatus ? { http: { status: CODES[code] } } : {}) },
  });
}

/** The code of an error made by the kit (or any error carrying one of its codes), else undefined. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return isErrorCode(code) ? code : undefined;
}

export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return kitError(ErrorCode.UNAUTHENTICATED, message, {}, true);
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return kitError(ErrorCode.FORBIDDEN, message);
}

/** The same answer for a thing that does not exist and one the caller may not see. */
export function notFound(message = 'Not found', details: Record<string, unknown> = {}): GraphQLError {
  return kitError(ErrorCode.NOT_FOUND, message, details);
}

/** An edit based on an older state: refused, with the state as it is now in `extensions.current`. */
export function conflict(message: string, current?: unknown): GraphQLError {
  return kitError(ErrorCode.CONFLICT, message, current === undefined ? {} : { current });
}

export interface LockHolder {
  holder: string;
  expiresAt: Date;
}

/** Refused because someone else holds the thing (checked out): who, and until when, in `extensions`. */
export function locked(lock: LockHolder, message?: string, details: Record<string, unknown> = {}): GraphQLError {
  const expiresAt = lock.expiresAt.toISOString();
  return kitError(ErrorCode.LOCKED, message ?? `Checked out by ${lock.holder} until ${expiresAt}`, {
    holder: lock.holder,
    expiresAt,
    ...details,
  });
}

/** One problem of one input field; `key` names the field (as clients read it), extra facts may follow. */
export interface FieldError {
  key: string;
  message: string;
  [fact: string]: unknown;
}

/**
 * Input refused. With one field: `extensions.field` and `extensions.fields.<field>`; with every
 * problem at once: `extensions.fieldErrors`, a list of `{ key, message }`.
 */
export function badInput(message: string, field?: string | readonly FieldError[]): GraphQLError {
  if (field === undefined) return kitError(ErrorCode.BAD_USER_INPUT, message);
  if (typeof field === 'string')
    return kitError(ErrorCode.BAD_USER_INPUT, message, { field, fields: { [field]: message } });
  return kitError(ErrorCode.BAD_USER_INPUT, message, { fieldErrors: field });
}

/** BAD_USER_INPUT for a schema's first problem, named by its path under `field` (e.g. `settings.port`). */
export function badInputFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  field: string,
): GraphQLError {
  const issue = issues[0];
  const at = [field, ...issue.path.map(String)].join('.');
  return badInput(`${at}: ${issue.message}`, at);
}

/** Too many attempts: try again after `retryAfterSeconds` (in `extensions`; as HTTP 429 with these headers when given). */
export function rateLimited(message: string, retryAfterSeconds: number, headers?: unknown): GraphQLError {
  const http = headers === undefined ? {} : { http: { status: CODES.RATE_LIMITED, headers } };
  return kitError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds, ...http });
}

/** Infrastructure the answer depends on is down: retry later (HTTP 503), never a verdict on the caller's credentials. */
export function unavailable(message = 'The service is temporarily unavailable; try again shortly'): GraphQLError {
  return kitError(ErrorCode.UNAVAILABLE, message, { retryable: true }, true);
}

/** The document asks for more than the gateway answers (depth, cost, size). */
export function tooComplex(message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: ErrorCode.OPERATION_TOO_COMPLEX } });
}

/** Refuses a caller whose role (on `on`: the asset, the collection, the workspace) is below `needed`. */
export function requireRole(actual: Role | null | undefined, needed: Role, on = 'the workspace'): Role {
  if (!atLeast(actual, needed))
    throw forbidden(`This needs the ${needed} role on ${on}; you have ${actual ?? 'no role'}`);
  return actual!;
}

/** The body of an HTTP answer outside GraphQL (REST routes, the HTTP server's own refusals) in the GraphQL error shape. */
export function errorBody(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...details } }] };
}
