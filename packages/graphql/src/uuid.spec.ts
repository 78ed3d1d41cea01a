import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts UUIDs in any letter case', () => {
    expect(isUuid('0190a0a0-0000-7000-8000-00000000000a')).toBe(true);
    expect(isUuid('0190A0A0-0000-7000-8000-00000000000A')).toBe(true);
  });

  it('refuses anything else, dashes in the wrong places included', () => {
    expect(isUuid('')).toBe(false);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid('------------------------------------')).toBe(false);
    expect(isUuid('0190a0a00000-7000-8000-00000000000a-')).toBe(false);
    expect(isUuid(' 0190a0a0-0000-7000-8000-00000000000a')).toBe(false);
  });
});
