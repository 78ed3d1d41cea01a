import { parseWhisperFullJson } from './whisper-cpp-output';

const token = (text: string, from: number, to: number, p: number) => ({
  text,
  timestamps: { from: '', to: '' },
  offsets: { from, to },
  id: 1,
  p,
  t_dtw: -1,
});

// The shape of `whisper-cli -ojf` output, shortened.
const sample = JSON.stringify({
  systeminfo: 'AVX = 1',
  model: { type: 'base', multilingual: false, vocab: 51864, mels: 80, ftype: 1 },
  params: { model: 'ggml-base.en.bin', language: 'en', translate: false },
  result: { language: 'en' },
  transcription: [
    {
      timestamps: { from: '00:00:00,000', to: '00:00:02,970' },
      offsets: { from: 0, to: 2970 },
      text: ' He was not an ill-disposed young man.',
      tokens: [
        token('[_BEG_]', 0, 0, 0.99),
        token(' He', 200, 320, 0.9),
        token(' was', 330, 540, 0.8),
        token(' ill', 1300, 1500, 0.6),
        token('-', 1500, 1520, 0.8),
        token('disposed', 1520, 2000, 1),
        token(' man', 2330, 2700, 0.7),
        token('.', 2700, 2790, 0.9),
        token('[_TT_148]', 2970, 2970, 0.5),
      ],
    },
    {
      timestamps: { from: '00:00:03,000', to: '00:00:04,000' },
      offsets: { from: 3000, to: 4000 },
      text: ' Yes',
      tokens: [token(' Yes', 3000, 3400, 0.5), token('<|endoftext|>', 4000, 4000, 1)],
    },
  ],
});

describe('parseWhisperFullJson', () => {
  it('joins word pieces into timed words and drops special tokens', () => {
    const result = parseWhisperFullJson(sample);
    expect(result.language).toBe('en');
    expect(result.words.map((word) => [word.text, word.startMs, word.endMs])).toEqual([
      ['He', 200, 320],
      ['was', 330, 540],
      ['ill-disposed', 1300, 2000],
      ['man.', 2330, 2790],
      ['Yes', 3000, 3400],
    ]);
    expect(result.words[2].confidence).toBeCloseTo(0.8);
  });

  it('refuses output without a transcription list', () => {
    expect(() => parseWhisperFullJson('{"result":{}}')).toThrow(/-ojf/);
    expect(() => parseWhisperFullJson('not json')).toThrow();
  });
});
