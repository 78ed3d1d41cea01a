import { join } from 'node:path';
import { sourcePath } from './source-path';

describe('sourcePath', () => {
  const root = join('/', 'srv', 'mam');

  it('maps a compiled module folder back to its source folder', () => {
    expect(sourcePath(join(root, '.build', 'services', 'review', 'src'))).toBe(join(root, 'services', 'review', 'src'));
    expect(sourcePath(join(root, '.build', 'scripts'))).toBe(join(root, 'scripts'));
    expect(sourcePath(join(root, '.build'))).toBe(root);
  });

  it('leaves a source folder as it is, including folders merely named like the mirror', () => {
    expect(sourcePath(join(root, 'services', 'review', 'src'))).toBe(join(root, 'services', 'review', 'src'));
    expect(sourcePath(join(root, 'web', '.build-cache'))).toBe(join(root, 'web', '.build-cache'));
  });
});
