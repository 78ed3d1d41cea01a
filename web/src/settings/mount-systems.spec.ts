import { guessMountSystem } from './mount-systems';

describe('guessMountSystem', () => {
  it('picks the system named by the user agent', () => {
    expect(guessMountSystem('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36')).toBe('windows');
    expect(guessMountSystem('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120')).toBe('linux');
    expect(guessMountSystem('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15')).toBe('macos');
  });

  it('does not take an Android phone for a Linux desktop', () => {
    expect(guessMountSystem('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36')).toBe('macos');
  });
});
