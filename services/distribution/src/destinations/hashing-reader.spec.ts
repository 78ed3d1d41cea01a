import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashingReader } from './hashing-reader';

describe('hashingReader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mam-hashing-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the bytes of the file and, once they are all read, their SHA-256 and size', async () => {
    const bytes = Buffer.alloc(300_000, 7);
    bytes.write('start', 0);
    const path = join(dir, 'file.bin');
    writeFileSync(path, bytes);
    const reader = hashingReader(path);
    expect(reader.digest()).toBeNull();
    const read: Buffer[] = [];
    for await (const chunk of reader.body) read.push(chunk as Buffer);
    expect(Buffer.concat(read).equals(bytes)).toBe(true);
    expect(reader.digest()).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: 300_000 });
  });

  it('has no digest when the reading stopped early', async () => {
    const path = join(dir, 'big.bin');
    writeFileSync(path, Buffer.alloc(1_000_000));
    const reader = hashingReader(path);
    for await (const chunk of reader.body) {
      expect(chunk).toBeDefined();
      break;
    }
    expect(reader.digest()).toBeNull();
  });
});
