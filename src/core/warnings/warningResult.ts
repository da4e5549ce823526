import { type WarningRuleId } from "./warningRuleId";
import { type WarningSeverity } from "./warningSeverity";

/**
 * What a result's `value` and `threshold` measure: money in the result's currency, a share (0.3 = 30 %),
 * days, a grade text, or a score.
 *
 * @example
 * const unit: WarningUnit = "share";
 */
export type WarningUnit = "amount" | "share" | "days" | "grade" | "score";

/**
 * One warning: a rule that fired for a customer's balance in one currency (a customer with balances in two
 * currencies is two lines, as in the aging report, since amounts of different currencies are never added).
 * `value` is what was measured and `threshold` what it was held against (`null` where the rule has nothing
 * to show, such as no review on record). The evidence is the 1-based sheet rows that caused it: `rows` in
 * the ledger, `masterRow` in the customer master, `historyRows` in the payment history. `amountAtRisk` is the
 * money the warning is about (the items that fired, or the customer's balance), rounded to the currency's
 * minor unit; `action` is the recommended action's message id.
 *
 * @example
 * const w: WarningResult = { rule: "long-overdue", severity: "high", customer: "ACME", currency: "USD", value: 120, threshold: 90, unit: "days", amountAtRisk: 5000, rows: [14, 20], masterRow: null, historyRows: [], action: "warnings:rules.long-overdue.action" };
 */
export interface WarningResult {
  readonly rule: WarningRuleId;
  readonly severity: WarningSeverity;
  readonly customer: string;
  /** The ledger's currency of the line ("" when the ledger names none). */
  readonly currency: string;
  readonly value: number | string | null;
  readonly threshold: number | string | null;
  readonly unit: WarningUnit;
  readonly amountAtRisk: number;
  /** Ledger sheet rows, ascending. */
  readonly rows: readonly number[];
  readonly masterRow: number | null;
  /** Payment-history sheet rows, ascending. */
  readonly historyRows: readonly number[];
  readonly action: string;
}

/**
 * A rule that could not run at all, and why (a message id in the `warnings` namespace): its input is missing,
 * such as a customer master without a credit limit column. Never a silent pass.
 *
 * @example
 * const n: WarningNotRun = { rule: "over-limit", reason: "warnings:notRun.noLimitColumn" };
 */
export interface WarningNotRun {
  readonly rule: WarningRuleId;
  readonly reason: string;
}

/**
 * Customers a rule that ran could not judge, counted by reason (a message id in the `warnings` namespace,
 * with `{{count}}` and `{{example}}`): such as customers with a balance but no terms for dso-over-terms.
 * `example` is the first such customer in code-unit order (for totalNotPositive, the currency).
 *
 * @example
 * const n: WarningNotAssessed = { rule: "dso-over-terms", reason: "warnings:notAssessed.noTerms", count: 3, example: "ACME" };
 */
export interface WarningNotAssessed {
  readonly rule: WarningRuleId;
  readonly reason: string;
  readonly count: number;
  readonly example: string;
}

/**
 * The outcome of the warning checks at an as-of date: the warnings in a fixed order (severity, then amount
 * at risk, largest first, then customer, currency and rule), the rules that could not run, and the customers
 * rules that ran could not judge.
 *
 * @example
 * const report = runWarningChecks({ ledger: items });
 * if (!isCreditError(report)) report.results.filter((w) => w.severity === "high").length;
 */
export interface WarningReport {
  readonly asOf: number;
  readonly results: readonly WarningResult[];
  readonly notRun: readonly WarningNotRun[];
  readonly notAssessed: readonly WarningNotAssessed[];
}
