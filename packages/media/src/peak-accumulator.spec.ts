import { createPeakAccumulator } from './peak-accumulator';

function pcm(samples: number[]): Buffer {
  const buffer = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, i) => buffer.writeInt16LE(sample, i * 2));
  return buffer;
}

describe('createPeakAccumulator', () => {
  it('gives min/max pairs per bucket, the last one partial', () => {
    const peaks = createPeakAccumulator(4);
    peaks.push(pcm([0, 16384, -8192, 100, 32767, -32768, 0, 0, 50]));
    expect(peaks.finish()).toEqual({ peaks: [-0.25, 0.5, -1, 1, 0.0015, 0.0015], samples: 9 });
  });

  it('joins a sample split across two chunks', () => {
    const whole = pcm([1000, -20000, 3000, 12345, -1, 7]);
    const split = createPeakAccumulator(3);
    for (const [from, to] of [
      [0, 1],
      [1, 4],
      [4, 5],
      [5, 11],
      [11, 12],
    ])
      split.push(whole.subarray(from, to));
    const direct = createPeakAccumulator(3);
    direct.push(whole);
    expect(split.finish()).toEqual(direct.finish());
  });

  it('gives silence as zero peaks and nothing for no samples', () => {
    const silent = createPeakAccumulator(2);
    silent.push(pcm([0, 0, 0, 0]));
    expect(silent.finish().peaks).toEqual([0, 0, 0, 0]);
    expect(createPeakAccumulator(2).finish()).toEqual({ peaks: [], samples: 0 });
    expect(() => createPeakAccumulator(0)).toThrow();
  });
});
