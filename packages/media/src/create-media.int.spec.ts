import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createMedia } from './create-media';
import { makeClip, makeTempDir } from './test-media';

const dir = makeTempDir('create');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createMedia', () => {
  it('applies the service settings to every call, and lets a call override them', async () => {
    const clip = makeClip(join(dir, 'clip.mp4'), { seconds: 0.4, size: '320x180' });
    const media = createMedia({ proxyHeight: 90, memoryBytes: null });
    expect((await media.makeVideoProxy(clip, join(dir, 'small.mp4'))).height).toBe(90);
    expect((await media.makeVideoProxy(clip, join(dir, 'larger.mp4'), { height: 144 })).height).toBe(144);
  });

  it('uses the configured tool paths', async () => {
    const clip = makeClip(join(dir, 'other.mp4'), { seconds: 0.2, audio: false });
    const media = createMedia({ tools: { ffprobe: 'ffprobe-that-does-not-exist' } });
    await expect(media.probeMedia(clip)).rejects.toThrow(/ffprobe is not installed/);
  });
});
