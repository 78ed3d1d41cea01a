import type { Identity } from '@mam/graphql';
import { createRequestLimiter, type Admission, type RequestLimits } from './request-limiter';

const person = (subject: string, workspaceId = 'studio-a'): Identity => ({
  subject,
  workspaceId,
  roles: ['editor'],
  kind: 'user',
});
const limits: RequestLimits = {
  maxConcurrentPerWorkspace: 3,
  maxConcurrentPerCredential: 2,
  ratePerSecond: 10,
  burst: 4,
};
const release = (a: Admission) => (a.admitted ? a.release() : undefined);

describe('createRequestLimiter', () => {
  it('bounds what one credential runs at once, and admits again once one finishes', () => {
    const limiter = createRequestLimiter({ ...limits, ratePerSecond: 0 });
    const first = limiter.admit(person('a'));
    expect(limiter.admit(person('a')).admitted).toBe(true);
    expect(limiter.admit(person('a'))).toEqual({
      admitted: false,
      reason: '2 operations of this credential are already running',
      retryAfterSeconds: 1,
    });
    release(first);
    release(first); // releasing twice frees one place only
    expect(limiter.admit(person('a')).admitted).toBe(true);
    expect(limiter.admit(person('a')).admitted).toBe(false);
  });

  it('bounds a workspace across its credentials, leaving other workspaces alone', () => {
    const limiter = createRequestLimiter({ ...limits, ratePerSecond: 0 });
    for (const subject of ['a', 'b', 'c']) expect(limiter.admit(person(subject)).admitted).toBe(true);
    expect(limiter.admit(person('d'))).toMatchObject({
      admitted: false,
      reason: '3 operations of this workspace are already running',
    });
    expect(limiter.admit(person('a', 'studio-b')).admitted).toBe(true);
  });

  it("refills a credential's rate bucket with time and says how long to wait", () => {
    let clock = 0;
    const limiter = createRequestLimiter(
      { ...limits, maxConcurrentPerCredential: 0, maxConcurrentPerWorkspace: 0, ratePerSecond: 2, burst: 3 },
      () => clock,
    );
    for (let i = 0; i < 3; i++) release(limiter.admit(person('a')));
    expect(limiter.admit(person('a'))).toEqual({
      admitted: false,
      reason: 'more than 2 operations a second from this credential',
      retryAfterSeconds: 1,
    });
    expect(limiter.admit(person('b')).admitted).toBe(true);
    clock = 500;
    expect(limiter.admit(person('a')).admitted).toBe(true);
    expect(limiter.admit(person('a')).admitted).toBe(false);
  });
});
