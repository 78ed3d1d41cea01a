import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) =>
    statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : [join(dir, entry)],
  );
}

const bin = (name: string) => join(__dirname, '..', 'node_modules', '.bin', name);

describe('protobuf schemas', () => {
  it('pass buf lint', () => {
    const result = spawnSync(bin('buf'), ['lint'], { cwd: __dirname, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('match the committed generated TypeScript (run `npm run proto:generate` after changing a .proto)', () => {
    const out = mkdtempSync(join(tmpdir(), 'proto-gen-'));
    try {
      const result = spawnSync(bin('buf'), ['generate', '--output', out], {
        cwd: __dirname,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${join(__dirname, '..', 'node_modules', '.bin')}:${process.env.PATH}` },
      });
      expect(result.stderr).toBe('');
      const committed = files(join(__dirname, 'gen'))
        .map((f) => relative(join(__dirname, 'gen'), f))
        .sort();
      const fresh = files(join(out, 'gen'))
        .map((f) => relative(join(out, 'gen'), f))
        .sort();
      expect(fresh).toEqual(committed);
      for (const file of committed)
        expect(readFileSync(join(out, 'gen', file), 'utf8')).toBe(readFileSync(join(__dirname, 'gen', file), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
