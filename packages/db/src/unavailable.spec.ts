import { isUnavailable, UnavailableError } from './unavailable';

describe('isUnavailable', () => {
  it('recognises a dependency that is down or refusing for now, through wrappers', () => {
    expect(
      isUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isUnavailable({
        name: 'QueryFailedError',
        message: 'terminating connection due to administrator command',
        driverError: { code: '57P01' },
      }),
    ).toBe(true);
    expect(
      isUnavailable({
        name: 'ResponseError',
        meta: { statusCode: 403, body: { error: { type: 'cluster_block_exception' } } },
      }),
    ).toBe(true);
    expect(isUnavailable({ name: 'ResponseError', meta: { statusCode: 503 } })).toBe(true);
    expect(isUnavailable({ name: 'ConnectionError', message: 'connect ECONNREFUSED' })).toBe(true);
    expect(isUnavailable(new Error('wrapped', { cause: new UnavailableError('search engine down') }))).toBe(true);
    expect(isUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe(true);
  });

  it('leaves real failures alone', () => {
    expect(isUnavailable(new Error('cannot apply this one'))).toBe(false);
    expect(isUnavailable({ name: 'QueryFailedError', message: 'duplicate key', driverError: { code: '23505' } })).toBe(
      false,
    );
    expect(
      isUnavailable({
        name: 'ResponseError',
        meta: { statusCode: 400, body: { error: { type: 'mapper_parsing_exception' } } },
      }),
    ).toBe(false);
    expect(isUnavailable(undefined)).toBe(false);
  });
});
