/**
 * A company's credit-limit policy: grade multipliers, capacity caps, rounding and the month length.
 *
 * Multiplier keys are grade labels in upper case (`"A"`, `"AAA"`); grades are looked up case-insensitively.
 *
 * @example
 * const policy: LimitPolicy = { ...DEFAULT_LIMIT_POLICY, roundTo: 5000 };
 */
export interface LimitPolicy {
  /** Multiplier of the need per grade; 0 means no credit. */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Cap as a fraction of tangible net worth (0.1 = 10 %). */
  readonly netWorthPct: number;
  /** Cap as a fraction of working capital (0.1 = 10 %). */
  readonly workingCapitalPct: number;
  /** The recommended limit is rounded down to a multiple of this. */
  readonly roundTo: number;
  /** Days that one month of purchases covers. */
  readonly daysPerMonth: number;
}

/**
 * The documented default policy: A 1.2, B 1.0, C 0.5, D 0; caps 10 % of net worth and of working capital;
 * limits rounded down to 1,000; 30-day months.
 *
 * @example
 * DEFAULT_LIMIT_POLICY.multipliers.A; // 1.2
 */
export const DEFAULT_LIMIT_POLICY: LimitPolicy = Object.freeze({
  multipliers: Object.freeze({ A: 1.2, B: 1.0, C: 0.5, D: 0 }),
  netWorthPct: 0.1,
  workingCapitalPct: 0.1,
  roundTo: 1000,
  daysPerMonth: 30,
});
