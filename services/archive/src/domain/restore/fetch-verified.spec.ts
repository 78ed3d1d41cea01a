import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createFilesystemLocation } from '../../locations/filesystem-location';
import type { CopyRow } from '../../repositories/packages.repository';
import { writeBag } from '../archive/write-bag';
import { fetchVerified } from './fetch-verified';

const bytes = Buffer.from('master bytes '.repeat(1000));
const sha256 = createHash('sha256').update(bytes).digest('hex');
const file = { path: 'data/v1/master.mov', sha256 };
const info = {
  sourceOrganization: 's',
  externalIdentifier: 'a',
  externalDescription: 'd',
  baggingDate: new Date(),
  extra: [],
};
const copy = (location: string): CopyRow => ({
  id: location,
  package_id: 'p',
  asset_id: 'a',
  workspace_id: 'w',
  location,
  bag: 'a/p',
  status: 'good',
  payload_bytes: String(bytes.length),
  version_ids: [],
  created_at: new Date(),
  last_fixity_at: null,
  last_fixity_result: null,
});

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'fetch-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('fetchVerified', () => {
  it('waits for a cold tier to restore the file, says so once, then reads it', async () => {
    const cold = createFilesystemLocation('cold', join(root, 'cold'), { coldRestoreSeconds: 1 });
    await writeBag(
      [cold],
      'a/p',
      [{ path: file.path, open: () => Readable.from([bytes]), sha256, size: bytes.length }],
      info,
      {},
    );
    const said: string[][] = [];
    const started = Date.now();
    await fetchVerified([cold], [copy('cold')], file, join(root, 'out'), {
      pollMs: 100,
      onWaiting: (locations) => void said.push(locations),
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(said).toEqual([['cold']]);
    expect(readFileSync(join(root, 'out'))).toEqual(bytes);
  });

  it('reads a readable copy at once, and passes over a copy whose bytes changed', async () => {
    const [changed, cold, hot] = [
      createFilesystemLocation('changed', join(root, 'changed')),
      createFilesystemLocation('cold', join(root, 'cold'), { coldRestoreSeconds: 60 }),
      createFilesystemLocation('hot', join(root, 'hot')),
    ];
    await writeBag(
      [changed, cold, hot],
      'a/p',
      [{ path: file.path, open: () => Readable.from([bytes]), sha256, size: bytes.length }],
      info,
      {},
    );
    await changed.replaceFile(
      'a/p',
      file.path,
      Readable.from([Buffer.from('other')]),
      createHash('sha256').update('other').digest('hex'),
    );
    const problems = await fetchVerified(
      [changed, cold, hot],
      [copy('changed'), copy('cold'), copy('hot')],
      file,
      join(root, 'out'),
      { pollMs: 100 },
    );
    expect(problems).toEqual([
      `changed: sha256 ${createHash('sha256').update('other').digest('hex')} is not the recorded ${sha256}`,
    ]);
    expect(readFileSync(join(root, 'out'))).toEqual(bytes);
  });

  it('fails for good when no copy matches the recorded sha256', async () => {
    const changed = createFilesystemLocation('changed', join(root, 'changed'));
    await writeBag(
      [changed],
      'a/p',
      [{ path: file.path, open: () => Readable.from([bytes]), sha256, size: bytes.length }],
      info,
      {},
    );
    await expect(
      fetchVerified([changed], [copy('changed')], { ...file, sha256: 'f'.repeat(64) }, join(root, 'out')),
    ).rejects.toThrow('no copy of data/v1/master.mov matches its recorded sha256');
  });
});
