/** Arithmetic mean of `values[from..to)`; the range must be non-empty. */
export function mean(values: readonly number[], from = 0, to = values.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i] as number;
  return sum / (to - from);
}
