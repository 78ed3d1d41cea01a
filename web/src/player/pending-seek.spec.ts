import { canSeekNow } from './pending-seek';

describe('canSeekNow', () => {
  it('seeks at once within what a growing stream holds, and waits for what is not written yet', () => {
    const growing = { availableSeconds: 8, ended: false };
    expect(canSeekNow(0, growing)).toBe(true);
    expect(canSeekNow(7.5, growing)).toBe(true);
    expect(canSeekNow(7.96, growing)).toBe(false);
    expect(canSeekNow(30, growing)).toBe(false);
  });

  it('waits while the stream has no length yet, and takes any seek once it has ended', () => {
    expect(canSeekNow(0, { availableSeconds: NaN, ended: false })).toBe(false);
    expect(canSeekNow(30, { availableSeconds: 8, ended: true })).toBe(true);
  });
});
