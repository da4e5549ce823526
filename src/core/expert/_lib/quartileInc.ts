/**
 * Quantile of ascending, non-empty `sorted` as Excel's QUARTILE.INC / PERCENTILE.INC compute it:
 * linear interpolation at 0-based position (n − 1) · p.
 */
export function quartileInc(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const low = sorted[lower] as number;
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return low + fraction * (high - low);
}
