import { type WarningRuleId } from "../../warningRuleId";
import {
  type RuleCheck,
  type RuleOutcome,
  finding,
  fromDays,
  lineAmount,
  lineEvidence,
  thresholdOf,
} from "../checkContext";

/**
 * The rules about single open items: a customer line fires when any item with a positive balance is past
 * due by at least (`inclusive`) or more than the `days` threshold. Value: the most days past due among those
 * items; amount at risk: their open sum; evidence: their rows.
 *
 * @example
 * const vetoLate = itemsPastDue("veto-late", true);
 */
export function itemsPastDue(rule: WarningRuleId, inclusive: boolean): RuleCheck {
  return (ctx, thresholds): RuleOutcome => {
    const days = thresholdOf(thresholds, "days");
    const from = fromDays(days, inclusive);
    const results = [];
    const lastDue = ctx.asOfDay - from;
    const earliest = ctx.lines.earliestPositiveDue;
    for (let line = 0; line < ctx.lines.count; line++) {
      if ((earliest[line] as number) > lastDue) continue; // nothing late enough: skip the items
      const evidence = lineEvidence(ctx, line, from, true);
      if (evidence.rows.length === 0) continue;
      results.push(
        finding(ctx, rule, line, {
          value: evidence.oldest,
          threshold: days,
          unit: "days",
          amountAtRisk: lineAmount(ctx, line, evidence.minor),
          rows: evidence.rows,
        }),
      );
    }
    return { results, notRun: null, notAssessed: [] };
  };
}

/**
 * veto-late (high): an open item 10 or more days past due — payment timeliness D, the one-vote veto of
 * DESIGN §3.1.
 *
 * @example
 * vetoLate(ctx, { days: 10 }).results.length; // customers with an item ≥ 10 days past due
 */
export const vetoLate: RuleCheck = itemsPastDue("veto-late", true);

/**
 * long-overdue (high): an open item more than 90 days past due.
 *
 * @example
 * longOverdue(ctx, { days: 90 }).results.length; // customers with an item > 90 days past due
 */
export const longOverdue: RuleCheck = itemsPastDue("long-overdue", false);
