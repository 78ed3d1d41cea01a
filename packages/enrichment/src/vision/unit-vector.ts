/** The vector scaled to length 1; an all-zero vector stays zero. */
export function unitVector(values: ArrayLike<number>): number[] {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  const length = Math.sqrt(sum);
  return Array.from(values, (value) => (length > 0 ? value / length : 0));
}
