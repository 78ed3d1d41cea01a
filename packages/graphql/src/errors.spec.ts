import { GraphQLError } from 'graphql';
import {
  badInput,
  conflict,
  errorBody,
  errorCodeOf,
  ErrorCode,
  EXPECTED_CODES,
  forbidden,
  httpStatusOf,
  isErrorCode,
  kitError,
  locked,
  notFound,
  rateLimited,
  requireRole,
  tooComplex,
  unauthenticated,
  unavailable,
} from './errors';

describe('the error codes', () => {
  it('name themselves and carry the HTTP status clients and tus see', () => {
    expect(ErrorCode.NOT_FOUND).toBe('NOT_FOUND');
    const statuses = Object.fromEntries(Object.values(ErrorCode).map((code) => [code, httpStatusOf(code)]));
    expect(statuses).toMatchObject({
      BAD_USER_INPUT: 400,
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
    });
  });

  it('pass through every code but the catch-all, derived from the codes themselves', () => {
    expect([...EXPECTED_CODES].sort()).toEqual(
      Object.values(ErrorCode)
        .filter((code) => code !== 'INTERNAL_SERVER_ERROR')
        .sort(),
    );
    expect(EXPECTED_CODES.has(ErrorCode.INTERNAL_SERVER_ERROR)).toBe(false);
    for (const code of [
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'PERSISTED_QUERY_NOT_FOUND',
      'OPERATION_TOO_COMPLEX',
      'BAD_REQUEST',
    ])
      expect(EXPECTED_CODES.has(code as ErrorCode)).toBe(true);
  });

  it('tell a code of ours from anything else', () => {
    expect(isErrorCode('LOCKED')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('locked')).toBe(false);
    expect(errorCodeOf(notFound('Asset not found'))).toBe('NOT_FOUND');
    expect(errorCodeOf(new Error('boom'))).toBeUndefined();
    expect(errorCodeOf(new GraphQLError('x', { extensions: { code: 'SOMETHING_ELSE' } }))).toBeUndefined();
    expect(errorCodeOf(null)).toBeUndefined();
  });
});

describe('the constructors', () => {
  it('refuse a field without an HTTP status, a whole request with one', () => {
    expect(forbidden().extensions).toEqual({ code: 'FORBIDDEN' });
    expect(notFound('Asset not found', { assetId: 'a' })).toMatchObject({
      message: 'Asset not found',
      extensions: { code: 'NOT_FOUND', assetId: 'a' },
    });
    expect(unauthenticated().extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(unavailable().extensions).toEqual({ code: 'UNAVAILABLE', retryable: true, http: { status: 503 } });
    expect(kitError(ErrorCode.CSRF, 'no').extensions).toEqual({ code: 'CSRF' });
    expect(tooComplex('too deep').extensions).toEqual({ code: 'OPERATION_TOO_COMPLEX' });
  });

  it('give a conflict the current state and a lock its holder and expiry', () => {
    expect(conflict('changed meanwhile', { revision: 4 }).extensions).toEqual({
      code: 'CONFLICT',
      current: { revision: 4 },
    });
    expect(conflict('same key').extensions).toEqual({ code: 'CONFLICT' });
    const lock = locked({ holder: 'editor-2', expiresAt: new Date('2026-01-02T03:04:05Z') }, undefined, {
      assetId: 'a',
    });
    expect(lock).toMatchObject({
      message: 'Checked out by editor-2 until 2026-01-02T03:04:05.000Z',
      extensions: { code: 'LOCKED', holder: 'editor-2', expiresAt: '2026-01-02T03:04:05.000Z', assetId: 'a' },
    });
  });

  it('name the field of bad input, one or a list of them', () => {
    expect(badInput('Nothing to change').extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(badInput('Use at least 10 characters', 'password').extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'password',
      fields: { password: 'Use at least 10 characters' },
    });
    const fieldErrors = [
      { key: 'name', message: 'Name must not be empty' },
      { key: 'mood', message: 'Unknown', assetId: 'a' },
    ];
    expect(badInput('2 problems', fieldErrors).extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors });
  });

  it('say when to retry a rate limit, as HTTP 429 only when given headers', () => {
    expect(rateLimited('Too many', 30).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(rateLimited('Too many', 30, { 'retry-after': '30' }).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 30,
      http: { status: 429, headers: { 'retry-after': '30' } },
    });
  });

  it('write the GraphQL error shape for answers outside GraphQL', () => {
    expect(errorBody(ErrorCode.CSRF, 'Missing or wrong CSRF token')).toEqual({
      errors: [{ message: 'Missing or wrong CSRF token', extensions: { code: 'CSRF' } }],
    });
  });
});

describe('requireRole', () => {
  it('lets a role at or above the needed one through and refuses a lower one, naming both', () => {
    expect(requireRole('admin', 'editor')).toBe('admin');
    expect(requireRole('editor', 'editor', 'the asset')).toBe('editor');
    expect(() => requireRole('viewer', 'editor', 'the asset')).toThrow(
      expect.objectContaining({
        message: 'This needs the editor role on the asset; you have viewer',
        extensions: { code: 'FORBIDDEN' },
      }),
    );
    expect(() => requireRole(null, 'viewer')).toThrow('This needs the viewer role on the workspace; you have no role');
  });
});
