/** Credit limit functions (DESIGN §3.4) over Excel arguments. */
import { type CreditError, creditError, isCreditError } from "../../core/errors";
import {
  availableCredit,
  type CreditLimitBreakdown,
  creditLimitBreakdown,
  DEFAULT_LIMIT_POLICY,
  type LimitPolicy,
  limitPolicyFromPairs,
  utilisation,
} from "../../core/limits";
import { parseNumberText } from "../../core/numbers";
import {
  describeValue,
  isBlank,
  maybeNumber,
  optionalNumber,
  locatedPairs,
  requiredNumber,
  unwrapSingle,
} from "../args";
import { type CellResult, type FunctionResult } from "../excel/values";

function gradeOrScoreArg(value: unknown): string | number | CreditError {
  const single = unwrapSingle(value);
  if (typeof single === "number") {
    return Number.isFinite(single)
      ? single
      : creditError("#VALUE!", "argNotFinite", { arg: "grade_or_score" });
  }
  if (typeof single === "string" && single.trim() !== "") {
    const asNumber = parseNumberText(single);
    return asNumber ?? single.trim();
  }
  if (isBlank(single) || typeof single === "string")
    return creditError("#N/A", "argBlank", { arg: "grade_or_score" });
  if (Array.isArray(single))
    return creditError("#VALUE!", "argNotSingle", { arg: "grade_or_score", size: describeValue(single) });
  return creditError("#VALUE!", "argNotGradeOrScore", {
    arg: "grade_or_score",
    value: describeValue(single),
  });
}

function policyArg(value: unknown): LimitPolicy | CreditError {
  const single = unwrapSingle(value);
  if (isBlank(single) || (typeof single === "string" && single.trim() === "")) return DEFAULT_LIMIT_POLICY;
  const located = locatedPairs(value, "policy");
  if (isCreditError(located)) return located;
  const { pairs, rows } = located;
  const typed: [string, number | string][] = [];
  for (let i = 0; i < pairs.length; i++) {
    const [key, setting] = pairs[i] as [unknown, unknown];
    if (typeof key !== "string" || (typeof setting !== "number" && typeof setting !== "string")) {
      return creditError("#VALUE!", "policyRow", { arg: "policy", row: rows[i] ?? i + 1 });
    }
    typed.push([key, setting]);
  }
  return limitPolicyFromPairs(typed);
}

/**
 * Reads the seven LIMIT/LIMITS arguments and computes the breakdown.
 *
 * @example
 * limitBreakdownFromArgs("A", 100000, 60, 10, 2000000, null, null); // { recommended: 200000, … }
 */
export function limitBreakdownFromArgs(
  gradeOrScore: unknown,
  monthlyPurchases: unknown,
  termsDays: unknown,
  graceDays: unknown,
  netWorth: unknown,
  workingCapital: unknown,
  policy: unknown,
): CreditLimitBreakdown | CreditError {
  const g = gradeOrScoreArg(gradeOrScore);
  if (isCreditError(g)) return g;
  const m = requiredNumber(monthlyPurchases, "monthly_purchases");
  if (isCreditError(m)) return m;
  const t = requiredNumber(termsDays, "terms_days");
  if (isCreditError(t)) return t;
  const grace = optionalNumber(graceDays, "grace_days", 0);
  if (isCreditError(grace)) return grace;
  const nw = maybeNumber(netWorth, "net_worth");
  if (isCreditError(nw)) return nw;
  const wc = maybeNumber(workingCapital, "working_capital");
  if (isCreditError(wc)) return wc;
  const p = policyArg(policy);
  if (isCreditError(p)) return p;
  return creditLimitBreakdown({
    gradeOrScore: g,
    monthlyPurchases: m,
    termsDays: t,
    graceDays: grace,
    netWorth: nw,
    workingCapital: wc,
    policy: p,
  });
}

/**
 * `CREDIT.LIMIT(grade_or_score, monthly_purchases, terms_days, [grace_days], [net_worth], [working_capital], [policy])`.
 *
 * @example
 * limitFn("A", 100000, 60, 10, 2000000, null, null); // 200000
 */
export function limitFn(
  gradeOrScore: unknown,
  monthlyPurchases: unknown,
  termsDays: unknown,
  graceDays: unknown,
  netWorth: unknown,
  workingCapital: unknown,
  policy: unknown,
): FunctionResult {
  const b = limitBreakdownFromArgs(
    gradeOrScore,
    monthlyPurchases,
    termsDays,
    graceDays,
    netWorth,
    workingCapital,
    policy,
  );
  return isCreditError(b) ? b : b.recommended;
}

/** Column headings of the CREDIT.LIMITS spill (function results are language-neutral; see README). */
export const LIMITS_LABELS = [
  "Need",
  "Grade-adjusted need",
  "Net-worth cap",
  "Working-capital cap",
  "Recommended",
];

/**
 * `CREDIT.LIMITS(…)`: spills two rows — the method labels and their amounts; a cap whose figure
 * was not given is blank.
 *
 * @example
 * limitsFn("A", 100000, 60, 10, 2000000, null, null);
 * // [["Need", …, "Recommended"], [233333.33…, 280000, 200000, "", 200000]]
 */
export function limitsFn(
  gradeOrScore: unknown,
  monthlyPurchases: unknown,
  termsDays: unknown,
  graceDays: unknown,
  netWorth: unknown,
  workingCapital: unknown,
  policy: unknown,
): FunctionResult {
  const b = limitBreakdownFromArgs(
    gradeOrScore,
    monthlyPurchases,
    termsDays,
    graceDays,
    netWorth,
    workingCapital,
    policy,
  );
  if (isCreditError(b)) return b;
  const values: CellResult[] = [
    b.need,
    b.adjustedNeed,
    b.netWorthCap ?? "",
    b.workingCapitalCap ?? "",
    b.recommended,
  ];
  return [[...LIMITS_LABELS], values];
}

/**
 * `CREDIT.UTILIZATION(exposure, limit)`.
 *
 * @example
 * utilizationFn(80000, 100000); // 0.8
 */
export function utilizationFn(exposure: unknown, limit: unknown): FunctionResult {
  const e = requiredNumber(exposure, "exposure");
  if (isCreditError(e)) return e;
  const l = requiredNumber(limit, "limit");
  return isCreditError(l) ? l : utilisation(e, l);
}

/**
 * `CREDIT.AVAILABLE(limit, exposure, [open_orders])`; negative means over the limit.
 *
 * @example
 * availableFn(100000, 80000, 5000); // 15000
 */
export function availableFn(limit: unknown, exposure: unknown, openOrders: unknown): FunctionResult {
  const l = requiredNumber(limit, "limit");
  if (isCreditError(l)) return l;
  const e = requiredNumber(exposure, "exposure");
  if (isCreditError(e)) return e;
  const o = optionalNumber(openOrders, "open_orders", 0);
  return isCreditError(o) ? o : availableCredit(l, e, o);
}
