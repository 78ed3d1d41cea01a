import { measurementOf, parseLoudnormSummary, planLoudness } from './loudness';

const target = { integrated: -23, truePeak: -1, range: 20 };

describe('parseLoudnormSummary', () => {
  it('reads the last JSON block loudnorm printed', () => {
    const lines = [
      '[info] size=N/A time=00:00:01.00',
      '[Parsed_loudnorm_0 @ 0x5] [info] ',
      '{',
      '\t"input_i" : "-18.76",',
      '\t"input_tp" : "-17.79",',
      '\t"input_lra" : "0.00",',
      '\t"input_thresh" : "-28.76",',
      '\t"normalization_type" : "dynamic"',
      '}',
    ];
    const summary = parseLoudnormSummary(lines)!;
    expect(summary.normalization_type).toBe('dynamic');
    expect(measurementOf(summary)).toEqual({ integrated: -18.76, truePeak: -17.79, range: 0, threshold: -28.76 });
  });

  it('gives null when there is no summary, and -inf for a silent programme', () => {
    expect(parseLoudnormSummary(['nothing here'])).toBeNull();
    expect(
      measurementOf({ input_i: '-inf', input_tp: '-inf', input_lra: '0.00', input_thresh: '-70.00' }).integrated,
    ).toBe(-Infinity);
  });
});

describe('planLoudness', () => {
  it('uses one gain when the peak stays under the ceiling, even with a range of 0 (where loudnorm would go dynamic)', () => {
    expect(planLoudness({ integrated: -18.76, truePeak: -17.79, range: 0, threshold: -28.76 }, target)).toMatchObject({
      mode: 'linear',
      filter: 'volume=-4.24dB',
      gainDb: -4.24,
    });
  });

  it('goes dynamic, saying why, when the gain would push the true peak over the ceiling', () => {
    const plan = planLoudness({ integrated: -30, truePeak: -3, range: 8, threshold: -40 }, target);
    expect(plan.mode).toBe('dynamic');
    expect(plan.reason).toContain('true peak at 4 dBTP, over the -1 dBTP ceiling');
    expect(plan.filter).toContain(
      'loudnorm=I=-23:TP=-1:LRA=20:measured_I=-30:measured_TP=-3:measured_LRA=8:measured_thresh=-40',
    );
  });

  it('goes dynamic when the range is over the target, and does nothing to silence', () => {
    expect(planLoudness({ integrated: -24, truePeak: -10, range: 25, threshold: -34 }, target).mode).toBe('dynamic');
    expect(
      planLoudness({ integrated: -Infinity, truePeak: -Infinity, range: 0, threshold: -70 }, target),
    ).toMatchObject({ mode: 'none', filter: null });
  });
});
