import { parsePocketsphinxTimes } from './pocketsphinx-output';

const sample = [
  'he was not an illness those young man',
  '<s> 0.000 0.060 0.999500',
  '<sil> 0.070 0.200 0.694306',
  'he 0.210 0.320 0.998701',
  'was(2) 0.330 0.540 0.999800',
  '[SPEECH] 0.980 1.100 0.535598',
  '[NOISE] 1.100 1.105 0.5',
  '++BREATH++ 1.105 1.108 0.5',
  'an(2) 1.110 1.290 0.472940',
  'man 2.330 2.790 0.905008',
  '</s> 2.800 2.970 1.000000',
  'a four word hypothesis',
  '',
].join('\n');

describe('parsePocketsphinxTimes', () => {
  it('reads timed words, dropping fillers and alternate pronunciation numbers', () => {
    expect(parsePocketsphinxTimes(sample)).toEqual([
      { text: 'he', startMs: 210, endMs: 320, confidence: 0.998701 },
      { text: 'was', startMs: 330, endMs: 540, confidence: 0.9998 },
      { text: 'an', startMs: 1110, endMs: 1290, confidence: 0.47294 },
      { text: 'man', startMs: 2330, endMs: 2790, confidence: 0.905008 },
    ]);
  });

  it('gives no words for silence', () => {
    expect(parsePocketsphinxTimes('\n<s> 0.000 0.060 0.99\n</s> 0.07 0.2 1\n')).toEqual([]);
  });
});
