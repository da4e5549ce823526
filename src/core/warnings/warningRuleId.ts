/**
 * The id of a warning rule (DESIGN §3.9), as stored in the workbook's settings and printed by the CLI.
 *
 * @example
 * const rule: WarningRuleId = "veto-late";
 */
export type WarningRuleId =
  | "over-limit"
  | "near-limit"
  | "veto-late"
  | "long-overdue"
  | "overdue-share"
  | "core-overdue"
  | "concentration"
  | "grade-d"
  | "no-limit"
  | "review-due"
  | "deteriorating"
  | "dso-over-terms";

/**
 * Every {@link WarningRuleId} in the order of DESIGN §3.9, which is also the order rules are listed and run in
 * and the last tie-break of the results' order.
 *
 * @example
 * WARNING_RULE_IDS[0]; // "over-limit"
 */
export const WARNING_RULE_IDS: readonly WarningRuleId[] = [
  "over-limit",
  "near-limit",
  "veto-late",
  "long-overdue",
  "overdue-share",
  "core-overdue",
  "concentration",
  "grade-d",
  "no-limit",
  "review-due",
  "deteriorating",
  "dso-over-terms",
];

/**
 * True when `text` is the id of a warning rule.
 *
 * @example
 * isWarningRuleId("over-limit"); // true
 * isWarningRuleId("overlimit"); // false
 */
export function isWarningRuleId(text: string): text is WarningRuleId {
  return (WARNING_RULE_IDS as readonly string[]).includes(text);
}
