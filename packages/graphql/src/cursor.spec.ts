import { badCursor, encodeCursor, readCursor } from './cursor';

describe('page cursors', () => {
  it('give back the value they were made from', () => {
    expect(readCursor(encodeCursor([3, '0190a0a0-0000-7000-8000-000000000001']))).toEqual([
      3,
      '0190a0a0-0000-7000-8000-000000000001',
    ]);
    expect(readCursor(encodeCursor(42))).toBe(42);
    expect(readCursor(encodeCursor('an-id'))).toBe('an-id');
  });

  it('are opaque base64url text', () => {
    expect(encodeCursor([1, 'a'])).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('read text that is no cursor as undefined', () => {
    expect(readCursor('not a cursor!')).toBeUndefined();
    expect(readCursor(Buffer.from('{"broken').toString('base64url'))).toBeUndefined();
  });

  it('refuse a foreign cursor as BAD_USER_INPUT on after', () => {
    const error = badCursor();
    expect(error.message).toBe('after is not a cursor this API returned');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
