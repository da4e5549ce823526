/**
 * Every CREDIT function as data: id, Excel parameter names and implementation. The embedded host
 * registers these in HyperFormula, and the tests drive every function through them. A test checks
 * that ids and parameter names match the `@customfunction` declarations in functions.ts.
 */
import { ageBucketFn, agingFn, daysPastDueFn } from "./catalog/aging";
import { bestDsoFn, ceiFn, daysBeyondTermsFn, dsoCountbackFn, dsoFn, turnoverFn } from "./catalog/kpi";
import { availableFn, limitFn, limitsFn, utilizationFn } from "./catalog/limits";
import {
  eclFn,
  oddsToScoreFn,
  rollRatesFn,
  scoreToOddsFn,
  scoreToPdFn,
  zScoreFn,
  zZoneFn,
} from "./catalog/loss";
import { abcFn, coreFn, shareFn } from "./catalog/portfolio";
import {
  collectionGradeFn,
  collectionRateFn,
  combineGradesFn,
  latenessGradeFn,
  loyaltyGradeFn,
  ratingFn,
} from "./catalog/rating";
import { blendFn, expertScoreFn, expertSpreadFn, gradeFn, pointsFn, scoreFn } from "./catalog/scoring";
import { infoValueFn, psiFn, woeFn } from "./catalog/statistics";
import { type FunctionResult } from "./excel/values";

/** How a parameter is passed: a single value or a range. */
export type ParamKind = "value" | "range";

/** One parameter of a CREDIT function. */
export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional: boolean;
}

/** One CREDIT function. */
export interface FunctionSpec {
  /** The id after `CREDIT.`, e.g. `"GRADE"`. */
  readonly id: string;
  readonly params: readonly ParamSpec[];
  /** The last parameter repeats (CREDIT.COMBINEGRADES). */
  readonly repeating: boolean;
  /** True when the result spills (a 2-D array). */
  readonly spills: boolean;
  /** Takes the arguments in declaration order (a repeating parameter as one array of its values). */
  readonly impl: (args: readonly unknown[]) => FunctionResult;
}

/** `"name"` a required value, `"name?"` optional, `"name[]"` a range, `"name[]?"` an optional range. */
function params(...specs: string[]): ParamSpec[] {
  return specs.map((s) => ({
    name: s.replace(/[[\]?]/g, ""),
    kind: s.includes("[]") ? "range" : "value",
    optional: s.endsWith("?"),
  }));
}

function fn(
  id: string,
  ps: ParamSpec[],
  impl: (a: readonly unknown[]) => FunctionResult,
  options: { repeating?: boolean; spills?: boolean } = {},
): FunctionSpec {
  return { id, params: ps, impl, repeating: options.repeating ?? false, spills: options.spills ?? false };
}

/**
 * The catalogue, in the order of the reference.
 *
 * @example
 * CREDIT_FUNCTIONS.find((f) => f.id === "GRADE")?.impl([72, null]); // "B"
 */
export const CREDIT_FUNCTIONS: readonly FunctionSpec[] = [
  fn("COLLECTIONRATE", params("collected", "due", "claims?"), (a) => collectionRateFn(a[0], a[1], a[2])),
  fn("COLLECTIONGRADE", params("rate"), (a) => collectionGradeFn(a[0])),
  fn("LATENESSGRADE", params("days_late"), (a) => latenessGradeFn(a[0])),
  fn("LOYALTYGRADE", params("our_share", "thresholds[]?"), (a) => loyaltyGradeFn(a[0], a[1])),
  fn("COMBINEGRADES", params("grades[]"), (a) => combineGradesFn(a), { repeating: true }),
  fn("RATING", params("collection_rate", "days_late", "our_share"), (a) => ratingFn(a[0], a[1], a[2])),
  fn("SCORE", params("scores[]", "weights[]", "max_points?", "missing?"), (a) =>
    scoreFn(a[0], a[1], a[2], a[3]),
  ),
  fn("GRADE", params("score", "scale[]?"), (a) => gradeFn(a[0], a[1])),
  fn("POINTS", params("value", "breakpoints[]", "points[]"), (a) => pointsFn(a[0], a[1], a[2])),
  fn("EXPERTSCORE", params("ratings[]", "method?"), (a) => expertScoreFn(a[0], a[1])),
  fn("EXPERTSPREAD", params("ratings[]"), (a) => expertSpreadFn(a[0])),
  fn("BLEND", params("model_score", "expert_score", "model_weight?"), (a) => blendFn(a[0], a[1], a[2])),
  fn(
    "LIMIT",
    params(
      "grade_or_score",
      "monthly_purchases",
      "terms_days",
      "grace_days?",
      "net_worth?",
      "working_capital?",
      "policy[]?",
    ),
    (a) => limitFn(a[0], a[1], a[2], a[3], a[4], a[5], a[6]),
  ),
  fn(
    "LIMITS",
    params(
      "grade_or_score",
      "monthly_purchases",
      "terms_days",
      "grace_days?",
      "net_worth?",
      "working_capital?",
      "policy[]?",
    ),
    (a) => limitsFn(a[0], a[1], a[2], a[3], a[4], a[5], a[6]),
    { spills: true },
  ),
  fn("UTILIZATION", params("exposure", "limit"), (a) => utilizationFn(a[0], a[1])),
  fn("AVAILABLE", params("limit", "exposure", "open_orders?"), (a) => availableFn(a[0], a[1], a[2])),
  fn("DAYSPASTDUE", params("due_date", "as_of"), (a) => daysPastDueFn(a[0], a[1])),
  fn("AGEBUCKET", params("date", "as_of", "buckets?", "basis?"), (a) => ageBucketFn(a[0], a[1], a[2], a[3])),
  fn(
    "AGING",
    params("amounts[]", "dates[]", "as_of", "buckets?", "basis?"),
    (a) => agingFn(a[0], a[1], a[2], a[3], a[4]),
    {
      spills: true,
    },
  ),
  fn("DSO", params("receivables", "credit_sales", "days?"), (a) => dsoFn(a[0], a[1], a[2])),
  fn("DSOCOUNTBACK", params("receivables", "monthly_sales[]", "month_days[]?"), (a) =>
    dsoCountbackFn(a[0], a[1], a[2]),
  ),
  fn("BESTDSO", params("current_receivables", "credit_sales", "days?"), (a) => bestDsoFn(a[0], a[1], a[2])),
  fn("CEI", params("opening_ar", "credit_sales", "closing_ar", "closing_current_ar"), (a) =>
    ceiFn(a[0], a[1], a[2], a[3]),
  ),
  fn("DAYSBEYONDTERMS", params("amounts[]", "paid_dates[]", "due_dates[]"), (a) =>
    daysBeyondTermsFn(a[0], a[1], a[2]),
  ),
  fn("TURNOVER", params("credit_sales", "average_ar"), (a) => turnoverFn(a[0], a[1])),
  fn("ECL", params("balances[]", "loss_rates[]"), (a) => eclFn(a[0], a[1])),
  fn("ROLLRATES", params("history[]"), (a) => rollRatesFn(a[0]), { spills: true }),
  fn(
    "ZSCORE",
    params(
      "working_capital",
      "retained_earnings",
      "ebit",
      "equity_value",
      "sales",
      "total_assets",
      "total_liabilities",
      "model?",
    ),
    (a) => zScoreFn(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
  ),
  fn("ZZONE", params("z", "model?"), (a) => zZoneFn(a[0], a[1])),
  fn("SCORETOODDS", params("points", "base_points?", "base_odds?", "pdo?"), (a) =>
    scoreToOddsFn(a[0], a[1], a[2], a[3]),
  ),
  fn("ODDSTOSCORE", params("odds", "base_points?", "base_odds?", "pdo?"), (a) =>
    oddsToScoreFn(a[0], a[1], a[2], a[3]),
  ),
  fn("SCORETOPD", params("points", "base_points?", "base_odds?", "pdo?"), (a) =>
    scoreToPdFn(a[0], a[1], a[2], a[3]),
  ),
  fn("WOE", params("goods[]", "bads[]"), (a) => woeFn(a[0], a[1]), { spills: true }),
  fn("INFOVALUE", params("goods[]", "bads[]"), (a) => infoValueFn(a[0], a[1])),
  fn("PSI", params("expected[]", "actual[]"), (a) => psiFn(a[0], a[1])),
  fn("CORE", params("sales[]", "threshold?"), (a) => coreFn(a[0], a[1]), { spills: true }),
  fn("ABC", params("sales[]", "a?", "b?"), (a) => abcFn(a[0], a[1], a[2]), { spills: true }),
  fn("SHARE", params("value", "values[]"), (a) => shareFn(a[0], a[1])),
];
