import { isPlainPath } from './request-path';

describe('request paths the gateway routes', () => {
  it('accepts ordinary paths', () => {
    for (const path of [
      '/graphql',
      '/files',
      '/files/0190abcd-1234',
      '/media/renditions/a/b/proxy.mp4',
      '/media/a%20b.jpg',
    ])
      expect(isPlainPath(path)).toBe(true);
  });

  it('refuses dot segments, encoded dots and slashes, backslashes', () => {
    for (const path of [
      '/media/../healthz',
      '/media/./x',
      '/files/..',
      '/media/%2e%2e/healthz',
      '/media/%2E./healthz',
      '/media/..%2fhealthz',
      '/media/a%2Fb',
      '/media/..%5chealthz',
      '/media/..\\healthz',
      '/media/a%00',
      'media/x',
    ]) {
      expect(isPlainPath(path)).toBe(false);
    }
  });
});
