import { statusUnderPolicy, type Decision } from './review-policy';

const reviewers = ['a', 'b', 'c'];
const latest = (entries: Record<string, Decision>) => new Map(Object.entries(entries));

describe('statusUnderPolicy', () => {
  it('ALL approves only when every named reviewer approved, and any other decision blocks it', () => {
    expect(statusUnderPolicy('ALL', null, reviewers, latest({ a: 'APPROVED', b: 'APPROVED' }))).toBe('IN_REVIEW');
    expect(statusUnderPolicy('ALL', null, reviewers, latest({ a: 'APPROVED', b: 'APPROVED', c: 'APPROVED' }))).toBe(
      'APPROVED',
    );
    expect(statusUnderPolicy('ALL', null, reviewers, latest({ a: 'APPROVED', b: 'CHANGES_REQUESTED' }))).toBe(
      'CHANGES_REQUESTED',
    );
    expect(statusUnderPolicy('ALL', null, reviewers, latest({ a: 'REJECTED', b: 'CHANGES_REQUESTED' }))).toBe(
      'REJECTED',
    );
  });

  it('ANY approves with one approval and is blocked only when nobody can approve any more', () => {
    expect(statusUnderPolicy('ANY', null, reviewers, latest({ a: 'CHANGES_REQUESTED' }))).toBe('IN_REVIEW');
    expect(statusUnderPolicy('ANY', null, reviewers, latest({ a: 'CHANGES_REQUESTED', b: 'APPROVED' }))).toBe(
      'APPROVED',
    );
    expect(
      statusUnderPolicy(
        'ANY',
        null,
        reviewers,
        latest({ a: 'CHANGES_REQUESTED', b: 'CHANGES_REQUESTED', c: 'CHANGES_REQUESTED' }),
      ),
    ).toBe('CHANGES_REQUESTED');
  });

  it('QUORUM n approves with n approvals and is blocked when n cannot be reached', () => {
    expect(statusUnderPolicy('QUORUM', 2, reviewers, latest({ a: 'APPROVED' }))).toBe('IN_REVIEW');
    expect(statusUnderPolicy('QUORUM', 2, reviewers, latest({ a: 'APPROVED', c: 'APPROVED' }))).toBe('APPROVED');
    expect(statusUnderPolicy('QUORUM', 2, reviewers, latest({ a: 'CHANGES_REQUESTED', c: 'REJECTED' }))).toBe(
      'REJECTED',
    );
  });

  it('ignores decisions of people who are not named', () => {
    expect(statusUnderPolicy('ANY', null, reviewers, latest({ stranger: 'APPROVED' }))).toBe('IN_REVIEW');
  });
});
