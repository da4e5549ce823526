import { MAX_DECIMALS } from "../../money";

// Powers of ten up to the most decimals money counts in; each is exact in binary.
const SCALES: readonly number[] = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => 10 ** d);

/**
 * An exact minor-unit sum as the amount shown, rounded to the currency's minor unit: the same single correctly
 * rounded division as money's `fromMinorUnits`, without its per-call checks — sums are checked to be safe
 * integers before, and reports convert hundreds of thousands of them.
 *
 * @example
 * minorToAmount(12345, 2); // 123.45
 * minorToAmount(-0, 2); // 0 (never −0)
 */
export function minorToAmount(minor: number, decimals: number): number {
  return minor / (SCALES[decimals] ?? 10 ** decimals) + 0;
}
