import { type WarningRuleId } from "../warningRuleId";
import { type RuleCheck } from "./checkContext";
import { concentration } from "./checks/concentration";
import { coreOverdue } from "./checks/coreOverdue";
import { deteriorating } from "./checks/deteriorating";
import { dsoOverTerms } from "./checks/dsoOverTerms";
import { gradeD } from "./checks/gradeD";
import { longOverdue, vetoLate } from "./checks/itemsPastDue";
import { nearLimit } from "./checks/nearLimit";
import { noLimit } from "./checks/noLimit";
import { overLimit } from "./checks/overLimit";
import { overdueShare } from "./checks/overdueShare";
import { reviewDue } from "./checks/reviewDue";

/**
 * The check of every rule, keyed so the type system proves each rule has one.
 *
 * @example
 * RULE_CHECKS["veto-late"](ctx, { days: 10 }).results;
 */
export const RULE_CHECKS: Readonly<Record<WarningRuleId, RuleCheck>> = {
  "over-limit": overLimit,
  "near-limit": nearLimit,
  "veto-late": vetoLate,
  "long-overdue": longOverdue,
  "overdue-share": overdueShare,
  "core-overdue": coreOverdue,
  concentration,
  "grade-d": gradeD,
  "no-limit": noLimit,
  "review-due": reviewDue,
  deteriorating,
  "dso-over-terms": dsoOverTerms,
};
