// Local aliases: this runs once per ledger row (see agingTotals for why globals are not read per call).
const { abs, floor } = Math;

/** Relative nudge: a few units in the last place of the scaled amount. */
const HALF_TOLERANCE_RELATIVE = 2 ** -50;
/** Cap on the nudge, far below a visible fraction of a minor unit. */
const HALF_TOLERANCE_MAX = 2 ** -20;

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
  const scaled = abs(amount) * scale;
  const whole = floor(scaled);
  const tolerance =
    scaled * HALF_TOLERANCE_RELATIVE < HALF_TOLERANCE_MAX
      ? scaled * HALF_TOLERANCE_RELATIVE
      : HALF_TOLERANCE_MAX;
  const units = scaled - whole >= 0.5 - tolerance ? whole + 1 : whole;
  return amount < 0 ? -units : units;
}
