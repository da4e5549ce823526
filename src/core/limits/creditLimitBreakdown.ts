import { type CreditError, creditError, isCreditError } from "../errors";
import type { GradeScale, GradeScaleName } from "../scoring";
import { DEFAULT_LIMIT_POLICY, type LimitPolicy } from "./limitPolicy";
import { capacityCap } from "./_lib/capacityCap";
import { floorToMultiple } from "./_lib/floorToMultiple";
import { limitGrade, multiplierFor } from "./_lib/limitGrade";
import { policyValueError } from "./_lib/policyValueError";

/**
 * Inputs of {@link creditLimitBreakdown}.
 *
 * @example
 * const input: CreditLimitInput = { gradeOrScore: "A", monthlyPurchases: 100_000, termsDays: 60 };
 */
export interface CreditLimitInput {
  /** A grade label (`"A"`, case-insensitive) or a 0–100 score graded on `scale`. */
  readonly gradeOrScore: string | number;
  /** Expected credit purchases per month (≥ 0). */
  readonly monthlyPurchases: number;
  /** Agreed payment terms in days (≥ 0). */
  readonly termsDays: number;
  /** Days late tolerated beyond the terms (≥ 0, default 0). */
  readonly graceDays?: number;
  /** Tangible net worth; omitted or `null` = unknown, no cap. */
  readonly netWorth?: number | null;
  /** Working capital; omitted or `null` = unknown, no cap. */
  readonly workingCapital?: number | null;
  /** The policy (default {@link DEFAULT_LIMIT_POLICY}). */
  readonly policy?: LimitPolicy;
  /** Scale that turns a numeric score into a grade (default `"ABCD"`). */
  readonly scale?: GradeScaleName | GradeScale;
}

/**
 * Every step of a recommended credit limit, so the sheet can show how it was reached.
 *
 * @example
 * const shown: CreditLimitBreakdown["recommended"] = 200_000;
 */
export interface CreditLimitBreakdown {
  /** The typed grade (trimmed, upper case) or the grade the score earned, as the scale spells it. */
  readonly grade: string;
  /** monthly purchases × (terms + grace) / days per month. */
  readonly need: number;
  readonly multiplier: number;
  /** need × multiplier. */
  readonly adjustedNeed: number;
  /** net worth × pct (0 when net worth is negative); `null` when net worth is not given. */
  readonly netWorthCap: number | null;
  /** working capital × pct (0 when negative); `null` when working capital is not given. */
  readonly workingCapitalCap: number | null;
  /** min(adjusted need, caps) rounded down to a multiple of the policy's `roundTo`. */
  readonly recommended: number;
}

/**
 * Recommended credit limit with its breakdown: need × grade multiplier, capped by net worth and working
 * capital where known, rounded down.
 *
 * @returns The breakdown; `#VALUE!` for negative purchases, terms or grace days, an invalid policy value,
 *   an empty grade or a grade the policy has no multiplier for; score errors as {@link gradeFromScore}.
 *
 * @example
 * creditLimitBreakdown({
 *   gradeOrScore: "A", monthlyPurchases: 100_000, termsDays: 60, graceDays: 10, netWorth: 2_000_000,
 * });
 * // need 100,000 × 70 / 30 = 233,333.33; × 1.2 = 280,000; net-worth cap 200,000 → recommended 200,000
 */
export function creditLimitBreakdown(input: CreditLimitInput): CreditLimitBreakdown | CreditError {
  const { monthlyPurchases, termsDays, graceDays = 0, policy = DEFAULT_LIMIT_POLICY } = input;
  const amounts = { monthlyPurchases, termsDays, graceDays } as const;
  for (const [arg, value] of Object.entries(amounts)) {
    if (!Number.isFinite(value)) return creditError("#VALUE!", "notANumber", { arg });
    if (value < 0) return creditError("#VALUE!", "negativeValue", { arg, value });
  }
  const policyError =
    policyValueError("days_per_month", policy.daysPerMonth, "positive") ??
    policyValueError("round_to", policy.roundTo, "positive") ??
    policyValueError("net_worth_pct", policy.netWorthPct, "pct") ??
    policyValueError("working_capital_pct", policy.workingCapitalPct, "pct");
  if (policyError !== null) return policyError;

  const grade = limitGrade(input.gradeOrScore, input.scale ?? "ABCD");
  if (isCreditError(grade)) return grade;
  const multiplier = multiplierFor(policy.multipliers, grade);
  if (multiplier === undefined) return creditError("#VALUE!", "gradeHasNoMultiplier", { grade });
  const multiplierError = policyValueError(`multiplier_${grade.toUpperCase()}`, multiplier, "notNegative");
  if (multiplierError !== null) return multiplierError;

  const netWorthCap = capacityCap("netWorth", input.netWorth, policy.netWorthPct);
  if (isCreditError(netWorthCap)) return netWorthCap;
  const workingCapitalCap = capacityCap("workingCapital", input.workingCapital, policy.workingCapitalPct);
  if (isCreditError(workingCapitalCap)) return workingCapitalCap;

  const need = (monthlyPurchases * (termsDays + graceDays)) / policy.daysPerMonth;
  const adjustedNeed = need * multiplier;
  let limit = adjustedNeed;
  if (netWorthCap !== null && netWorthCap < limit) limit = netWorthCap;
  if (workingCapitalCap !== null && workingCapitalCap < limit) limit = workingCapitalCap;
  if (!Number.isFinite(limit)) return creditError("#NUM!", "numberTooLarge");
  const recommended = floorToMultiple(limit, policy.roundTo);
  return { grade, need, multiplier, adjustedNeed, netWorthCap, workingCapitalCap, recommended };
}
