import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { streamToSinks } from './stream-to-sinks';

const chunks = Array.from({ length: 200 }, (_, i) => Buffer.alloc(1024, i % 251));

function slowSink(received: Buffer[], failAfter = Infinity): Writable {
  let count = 0;
  return new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      count += 1;
      if (count > failAfter) return done(new Error('disk full'));
      received.push(chunk);
      setImmediate(done);
    },
  });
}

describe('streamToSinks', () => {
  it('writes every byte to every target, hashes them once, and leaves no listeners behind while waiting for slow targets', async () => {
    const a: Buffer[] = [];
    const b: Buffer[] = [];
    const targets = [slowSink(a), slowSink(b)];
    const before = targets.map((t) => t.listenerCount('error'));
    const result = await streamToSinks(Readable.from(chunks), targets);
    const whole = Buffer.concat(chunks);
    expect(result).toEqual({ sha256: createHash('sha256').update(whole).digest('hex'), size: whole.length });
    expect(Buffer.concat(a).equals(whole) && Buffer.concat(b).equals(whole)).toBe(true);
    expect(targets.map((t) => t.listenerCount('error'))).toEqual(before);
    expect(targets.map((t) => t.listenerCount('drain'))).toEqual([0, 0]);
  });

  it('fails with the target error and stops reading', async () => {
    const source = Readable.from(chunks);
    await expect(streamToSinks(source, [slowSink([]), slowSink([], 5)])).rejects.toThrow('disk full');
    expect(source.destroyed).toBe(true);
  });
});
