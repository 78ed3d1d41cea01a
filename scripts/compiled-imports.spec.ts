import { join, resolve } from 'node:path';
import { compiledTwin } from './compiled-imports';

const root = resolve(__dirname, '..');

describe('compiledTwin', () => {
  it("sends a workspace's TypeScript to its compiled file in the mirror", () => {
    expect(compiledTwin(join(root, 'packages', 'db', 'src', 'index.ts'))).toBe(
      join(root, '.build', 'packages', 'db', 'src', 'index.js'),
    );
  });

  it('leaves installed packages, compiled files, other files and paths outside the repository alone', () => {
    expect(compiledTwin(join(root, 'node_modules', 'pkg', 'index.ts'))).toBeNull();
    expect(compiledTwin(join(root, '.build', 'packages', 'db', 'src', 'index.ts'))).toBeNull();
    expect(compiledTwin(join(root, 'packages', 'db', 'src', 'index.js'))).toBeNull();
    expect(compiledTwin(join('/', 'elsewhere', 'index.ts'))).toBeNull();
  });
});
