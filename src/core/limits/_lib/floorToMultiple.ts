import { forComparison } from "../../_lib/compare";

/** A thousandth of a rounding step: far above binary noise, far below anything a policy would round away. */
const MAX_SNAP = 1e-3;
/** Relative noise allowed in the quotient: a few hundred ulps of accumulated arithmetic error. */
const RELATIVE_NOISE = 1e-13;

/**
 * Rounds a non-negative `value` down to a multiple of `step`, treating a quotient within binary noise of a
 * whole number as that whole number: 29,999.999999996 on a 1,000 step gives 30,000, not 29,000.
 * `forComparison` handles small quotients; large ones (≥ 1e5) keep their precision there, so they are
 * snapped relative to their size.
 */
export function floorToMultiple(value: number, step: number): number {
  const quotient = forComparison(value / step);
  const nearest = Math.round(quotient);
  const tolerance = Math.min(MAX_SNAP, Math.abs(quotient) * RELATIVE_NOISE);
  const snapped = Math.abs(quotient - nearest) <= tolerance ? nearest : quotient;
  // `+ 0` turns -0 into 0 so a zero limit never shows as "-0".
  return Math.max(0, Math.floor(snapped) * step) + 0;
}
