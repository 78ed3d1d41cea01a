import { unitVector } from './unit-vector';

describe('unitVector', () => {
  it('scales a vector to length 1 and keeps its direction', () => {
    expect(unitVector([3, 4])).toEqual([0.6, 0.8]);
    expect(unitVector(new Float32Array([0, -2]))).toEqual([0, -1]);
  });

  it('leaves a zero vector at zero instead of dividing by zero', () => {
    expect(unitVector([0, 0, 0])).toEqual([0, 0, 0]);
  });
});
