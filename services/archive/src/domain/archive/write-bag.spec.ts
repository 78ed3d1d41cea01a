import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createFilesystemLocation } from '../../locations/filesystem-location';
import { writeBag, type PayloadSource } from './write-bag';

const info = {
  sourceOrganization: 'studio-a',
  externalIdentifier: 'asset-1',
  externalDescription: 'Harbour',
  baggingDate: new Date('2026-12-02T00:00:00Z'),
  extra: [],
};
const bytes = Buffer.from('x'.repeat(100_000));
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const source = (data: Buffer, sha256 = sha(data)): PayloadSource => ({
  path: 'data/v1/master.mov',
  open: () => Readable.from([data.subarray(0, 50_000), data.subarray(50_000)]),
  sha256,
  size: data.length,
});

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'bag-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeBag on filesystem locations', () => {
  it('writes the same bag to every location, with manifests that match the bytes', async () => {
    const [a, b] = ['a', 'b'].map((name) => createFilesystemLocation(name, join(root, name)));
    const written = await writeBag([a, b], 'asset-1/p1', [source(bytes)], info, {});
    expect(written.payload).toEqual([{ path: 'data/v1/master.mov', sha256: sha(bytes), size: bytes.length }]);
    expect(written.tags.map((t) => t.path)).toEqual([
      'bagit.txt',
      'bag-info.txt',
      'manifest-sha256.txt',
      'tagmanifest-sha256.txt',
    ]);
    for (const name of ['a', 'b']) {
      const bag = join(root, name, 'asset-1', 'p1');
      expect(sha(readFileSync(join(bag, 'data', 'v1', 'master.mov')))).toBe(sha(bytes));
      expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toBe(`${sha(bytes)}  data/v1/master.mov\n`);
      expect(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).toContain(`Payload-Oxum: ${bytes.length}.1\n`);
      expect(readdirSync(join(root, name, '.partial'))).toEqual([]);
    }
  });

  it('refuses a master whose bytes are not its recorded sha256 and leaves no bag behind', async () => {
    const a = createFilesystemLocation('a', join(root, 'a'));
    await expect(writeBag([a], 'asset-1/p1', [source(bytes, 'f'.repeat(64))], info, {})).rejects.toThrow(
      'does not match its recorded sha256',
    );
    expect(existsSync(join(root, 'a', 'asset-1', 'p1'))).toBe(false);
    expect(readdirSync(join(root, 'a', '.partial'))).toEqual([]);
  });

  it('shows nothing under the bag name while it is written: a writer killed midway leaves only a partial folder, which the retry replaces', async () => {
    const a = createFilesystemLocation('a', join(root, 'a'));
    const killed = await a.beginBag('asset-1/p1');
    const half = killed.file('data/v1/master.mov');
    await new Promise<void>((done) => half.write(bytes.subarray(0, 10), () => done()));
    // The process dies here: no commit, no abort.
    expect(existsSync(join(root, 'a', 'asset-1', 'p1'))).toBe(false);
    expect(await a.exists('asset-1/p1', 'data/v1/master.mov')).toBe(false);
    await writeBag([a], 'asset-1/p1', [source(bytes)], info, {});
    expect(sha(readFileSync(join(root, 'a', 'asset-1', 'p1', 'data', 'v1', 'master.mov')))).toBe(sha(bytes));
    expect(readdirSync(join(root, 'a', '.partial'))).toEqual([]);
  });

  it('stops when its job is cancelled, removing what it wrote', async () => {
    const a = createFilesystemLocation('a', join(root, 'a'));
    const controller = new AbortController();
    const slow: PayloadSource = {
      path: 'data/v1/master.mov',
      size: 3,
      open: () =>
        Readable.from(
          (async function* () {
            yield Buffer.from('a');
            controller.abort(new Error('job cancelled'));
            yield Buffer.from('b');
          })(),
        ),
    };
    await expect(writeBag([a], 'asset-1/p1', [slow], info, { signal: controller.signal })).rejects.toThrow(
      'job cancelled',
    );
    expect(existsSync(join(root, 'a', 'asset-1', 'p1'))).toBe(false);
  });

  it('refuses a location that cannot be reached or has too little room', async () => {
    const gone = createFilesystemLocation('gone', join(root, 'missing'));
    await expect(gone.assertWritable(1)).rejects.toThrow('archive location gone is unreachable');
    const a = createFilesystemLocation('a', root);
    await expect(a.assertWritable(Number.MAX_SAFE_INTEGER)).rejects.toThrow(
      /archive location a is full: \d+ bytes free/,
    );
  });
});
