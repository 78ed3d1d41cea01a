import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../../..');
const folder = join(repoRoot, '.cache', 'test-photos');

export type TestPhoto =
  'astronaut.png' | 'camera.png' | 'chelsea.png' | 'coffee.png' | 'motorcycle_left.png' | 'logo.png';

/** A sample photo of Debian's python3-skimage, fetched by scripts/test-photos.sh when missing. */
export function testPhoto(name: TestPhoto): string {
  const file = join(folder, name);
  if (!existsSync(file)) execFileSync('bash', [join(repoRoot, 'scripts', 'test-photos.sh')], { stdio: 'inherit' });
  if (!existsSync(file)) throw new Error(`test photo ${name} is missing after scripts/test-photos.sh`);
  return file;
}
