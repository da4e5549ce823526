import { WARNING_RULE_IDS, type WarningRuleId } from "./warningRuleId";
import { type WarningSeverity } from "./warningSeverity";

/**
 * What a threshold measures: days, a share (a fraction, 0.3 = 30 %), whole months or years, or a score on the
 * 0–100 scale of DESIGN §3.2.
 *
 * @example
 * const unit: ThresholdUnit = "share";
 */
export type ThresholdUnit = "days" | "share" | "months" | "years" | "score";

/**
 * An input a rule reads besides the ledger: the customer master, or the payment history.
 *
 * @example
 * const input: WarningInput = "master";
 */
export type WarningInput = "ledger" | "master" | "history";

/**
 * One editable threshold of a rule: its name in the settings, its label (an i18n message id), unit, default
 * and the range a user may set (inclusive). `severity` is given when the threshold decides the severity of the
 * result (near-limit's two bands); `notBelow` names another threshold of the rule it may not be set below.
 *
 * @example
 * const days: ThresholdDefinition = { name: "days", label: "warnings:rules.veto-late.thresholds.days", unit: "days", defaultValue: 10, min: 0, max: 3660, integer: false };
 */
export interface ThresholdDefinition {
  readonly name: string;
  readonly label: string;
  readonly unit: ThresholdUnit;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly severity?: WarningSeverity;
  readonly notBelow?: string;
}

/**
 * A warning rule as data (DESIGN §3.9): id, name, plain-language description and recommended action (i18n
 * message ids in the `warnings` namespace; descriptions name the thresholds as `{{name}}` placeholders),
 * the severity of its results, its thresholds and the inputs it reads.
 *
 * @example
 * const rule = WARNING_RULES.find((r) => r.id === "long-overdue");
 * rule?.thresholds[0]?.defaultValue; // 90
 */
export interface WarningRuleDefinition {
  readonly id: WarningRuleId;
  readonly name: string;
  readonly description: string;
  readonly action: string;
  /** The severity of the rule's results; near-limit's depends on the band reached (see its thresholds). */
  readonly severity: WarningSeverity;
  readonly thresholds: readonly ThresholdDefinition[];
  readonly inputs: readonly WarningInput[];
}

/** Longest span of days a threshold may hold: ten years, as for payment terms. */
const MAX_DAYS = 3660;

const messages = (id: WarningRuleId) => ({
  name: `warnings:rules.${id}.name`,
  description: `warnings:rules.${id}.description`,
  action: `warnings:rules.${id}.action`,
});

function threshold(
  rule: WarningRuleId,
  name: string,
  unit: ThresholdUnit,
  defaultValue: number,
  range: { readonly min: number; readonly max: number; readonly integer?: boolean },
  band: { readonly severity?: WarningSeverity; readonly notBelow?: string } = {},
): ThresholdDefinition {
  return {
    name,
    label: `warnings:rules.${rule}.thresholds.${name}`,
    unit,
    defaultValue,
    min: range.min,
    max: range.max,
    integer: range.integer ?? false,
    ...band,
  };
}

const DAYS = { min: 0, max: MAX_DAYS };
const SHARE = { min: 0, max: 1 };

// A record keyed by every rule id, so the type system proves each rule has a definition.
const RULES: Readonly<Record<WarningRuleId, WarningRuleDefinition>> = {
  "over-limit": {
    id: "over-limit",
    ...messages("over-limit"),
    severity: "high",
    // A tolerance lets a team accept, say, 5 % over the limit; the design's rule is tolerance 0.
    thresholds: [threshold("over-limit", "tolerance", "share", 0, { min: 0, max: 10 })],
    inputs: ["ledger", "master"],
  },
  "near-limit": {
    id: "near-limit",
    ...messages("near-limit"),
    severity: "medium",
    thresholds: [
      threshold("near-limit", "low", "share", 0.8, SHARE, { severity: "low" }),
      threshold("near-limit", "medium", "share", 0.9, SHARE, { severity: "medium", notBelow: "low" }),
    ],
    inputs: ["ledger", "master"],
  },
  "veto-late": {
    id: "veto-late",
    ...messages("veto-late"),
    severity: "high",
    thresholds: [threshold("veto-late", "days", "days", 10, DAYS)],
    inputs: ["ledger"],
  },
  "long-overdue": {
    id: "long-overdue",
    ...messages("long-overdue"),
    severity: "high",
    thresholds: [threshold("long-overdue", "days", "days", 90, DAYS)],
    inputs: ["ledger"],
  },
  "overdue-share": {
    id: "overdue-share",
    ...messages("overdue-share"),
    severity: "medium",
    thresholds: [threshold("overdue-share", "share", "share", 0.3, SHARE)],
    inputs: ["ledger"],
  },
  "core-overdue": {
    id: "core-overdue",
    ...messages("core-overdue"),
    severity: "high",
    thresholds: [
      threshold("core-overdue", "days", "days", 30, DAYS),
      // The 70 % rule of DESIGN §3.8, over the sales of the last 3 years (the design says 3–5).
      threshold("core-overdue", "share", "share", 0.7, { min: 0.01, max: 1 }),
      threshold("core-overdue", "salesYears", "years", 3, { min: 1, max: 10, integer: true }),
    ],
    inputs: ["ledger", "history"],
  },
  concentration: {
    id: "concentration",
    ...messages("concentration"),
    severity: "medium",
    thresholds: [threshold("concentration", "share", "share", 0.1, SHARE)],
    inputs: ["ledger"],
  },
  "grade-d": {
    id: "grade-d",
    ...messages("grade-d"),
    severity: "high",
    // A master that holds scores instead of grades: D is below 60 on the ABCD scale of DESIGN §3.2.
    thresholds: [threshold("grade-d", "score", "score", 60, { min: 0, max: 100 })],
    inputs: ["ledger", "master"],
  },
  "no-limit": {
    id: "no-limit",
    ...messages("no-limit"),
    severity: "low",
    thresholds: [],
    inputs: ["ledger", "master"],
  },
  "review-due": {
    id: "review-due",
    ...messages("review-due"),
    severity: "low",
    thresholds: [threshold("review-due", "months", "months", 12, { min: 1, max: 120, integer: true })],
    inputs: ["ledger", "master"],
  },
  deteriorating: {
    id: "deteriorating",
    ...messages("deteriorating"),
    severity: "medium",
    thresholds: [
      threshold("deteriorating", "days", "days", 10, DAYS),
      threshold("deteriorating", "windowDays", "days", 90, { min: 1, max: 1830, integer: true }),
    ],
    inputs: ["history"],
  },
  "dso-over-terms": {
    id: "dso-over-terms",
    ...messages("dso-over-terms"),
    severity: "medium",
    thresholds: [
      threshold("dso-over-terms", "days", "days", 15, DAYS),
      threshold("dso-over-terms", "periodDays", "days", 365, { min: 1, max: MAX_DAYS, integer: true }),
    ],
    inputs: ["ledger", "master", "history"],
  },
};

/**
 * The default warning rules of DESIGN §3.9, in its order. Every threshold is editable (see
 * `WarningSettings`); the defaults are the design's.
 *
 * @example
 * WARNING_RULES.map((r) => r.id); // ["over-limit", "near-limit", "veto-late", …, "dso-over-terms"]
 */
export const WARNING_RULES: readonly WarningRuleDefinition[] = WARNING_RULE_IDS.map((id) => RULES[id]);

/**
 * The definition of a rule.
 *
 * @example
 * warningRule("review-due").severity; // "low"
 */
export function warningRule(id: WarningRuleId): WarningRuleDefinition {
  return RULES[id];
}
