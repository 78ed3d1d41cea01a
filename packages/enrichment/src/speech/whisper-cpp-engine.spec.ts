import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWhisperCppEngine } from './whisper-cpp-engine';

describe('whisper.cpp engine availability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mam-whisper-spec-'));
  const model = join(dir, 'ggml-base.en.bin');
  writeFileSync(model, 'not really a model');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is not installed without its binary', async () => {
    await expect(createWhisperCppEngine({ binary: join(dir, 'whisper-cli'), model }).availability()).resolves.toEqual({
      installed: false,
      reason: `whisper.cpp is not installed (${join(dir, 'whisper-cli')} not found)`,
    });
  });

  it('is not installed without its model file', async () => {
    const missing = join(dir, 'ggml-large.bin');
    await expect(createWhisperCppEngine({ binary: 'sh', model: missing }).availability()).resolves.toEqual({
      installed: false,
      reason: `the whisper.cpp model is not installed (${missing} missing)`,
    });
  });

  it('is installed with both, named by the model file', async () => {
    await expect(createWhisperCppEngine({ binary: 'sh', model, version: '1.7.4' }).availability()).resolves.toEqual({
      installed: true,
      identity: { engine: 'whisper.cpp', model: 'ggml-base.en.bin', version: '1.7.4' },
    });
  });

  it('refuses to transcribe when not installed', async () => {
    await expect(
      createWhisperCppEngine({ binary: '/nonexistent/whisper-cli', model }).transcribe(join(dir, 'a.wav')),
    ).rejects.toThrow(/whisper.cpp is not installed/);
  });
});
