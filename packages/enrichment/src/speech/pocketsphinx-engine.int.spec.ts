import { librivoxClips } from '../test-speech';
import { wordErrorRate } from '../transcript/word-error-rate';
import { createPocketsphinxEngine } from './pocketsphinx-engine';

jest.setTimeout(600_000);

describe('pocketsphinx engine (real binary and model)', () => {
  const engine = createPocketsphinxEngine();

  it('reports itself installed with its version and model', async () => {
    const availability = await engine.availability();
    expect(availability).toMatchObject({ installed: true, identity: { engine: 'pocketsphinx' } });
    if (!availability.installed) return;
    expect(availability.identity.version).toMatch(/^0\.8/);
    expect(availability.identity.model).toContain('en-us.lm.bin');
  });

  it('transcribes the real LibriVox clips with word timings at the word error rate measured for the tuned settings (about 32%)', async () => {
    const clips = librivoxClips();
    expect(clips).toHaveLength(5);
    let errors = 0;
    let referenceWords = 0;
    for (const clip of clips) {
      const result = await engine.transcribe(clip.wav);
      expect(result.language).toBe('en-US');
      for (const [i, word] of result.words.entries()) {
        expect(word.text).toMatch(/^[a-z']+$/);
        expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
        expect(word.confidence).toBeGreaterThanOrEqual(0);
        expect(word.confidence).toBeLessThanOrEqual(1);
        if (i > 0) expect(word.startMs).toBeGreaterThanOrEqual(result.words[i - 1].endMs);
      }
      const score = wordErrorRate(clip.reference, result.words.map((word) => word.text).join(' '));
      errors += score.errors;
      referenceWords += score.referenceWords;
    }
    expect(errors / referenceWords).toBeLessThan(0.36);
  });

  it('stops the decoder when the signal aborts', async () => {
    const [clip] = librivoxClips();
    const controller = new AbortController();
    const running = engine.transcribe(clip.wav, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled')), 200);
    await expect(running).rejects.toThrow('cancelled');
  });

  it('fails with the file named when the audio cannot be read', async () => {
    await expect(engine.transcribe('/nonexistent/speech.wav')).rejects.toThrow(
      /pocketsphinx could not transcribe speech\.wav/,
    );
  });

  it('refuses a language it has no model for', async () => {
    await expect(engine.transcribe(librivoxClips()[0].wav, { language: 'de-DE' })).rejects.toThrow(/de-DE/);
  });

  it('is not installed when pointed at a missing binary or model', async () => {
    await expect(
      createPocketsphinxEngine({ binary: '/nonexistent/pocketsphinx_continuous' }).availability(),
    ).resolves.toEqual({
      installed: false,
      reason: 'pocketsphinx is not installed (/nonexistent/pocketsphinx_continuous not found)',
    });
    const noModel = await createPocketsphinxEngine({ languageModel: '/nonexistent/en-us.lm.bin' }).availability();
    expect(noModel).toEqual({ installed: false, reason: expect.stringContaining('/nonexistent/en-us.lm.bin') });
  });
});
