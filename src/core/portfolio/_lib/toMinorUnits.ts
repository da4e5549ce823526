/**
 * `amount` in whole minor units (`scale` = 10^decimals), rounded half away from zero.
 *
 * A half that binary storage pushed just below .5 still rounds up: 1.005 is stored as 1.00499999999999989…,
 * and × 100 gives 100.49999999999999, which a plain `Math.round` would turn into 100. The tolerance is a few
 * units in the last place, capped so that very large amounts are never nudged by a visible fraction.
 * Returns a non-safe integer (the caller refuses it) when the amount is too large to count exactly.
 *
 * @example
 * toMinorUnits(1.005, 100); // 101
 * toMinorUnits(-0.125, 100); // -13
 */
export function toMinorUnits(amount: number, scale: number): number {
  const scaled = Math.abs(amount) * scale;
  const whole = Math.floor(scaled);
  const tolerance = Math.min(scaled * 2 ** -50, 2 ** -20);
  const units = scaled - whole >= 0.5 - tolerance ? whole + 1 : whole;
  return amount < 0 ? -units : units;
}
