import { above } from "../compareWithThreshold";
import { type RuleCheck, finding, lineAmount, lineEvidence, thresholdOf } from "../checkContext";

/**
 * overdue-share (medium): the overdue part of a customer's balance more than 30 % of it. Overdue and balance
 * are the aging report's: credit notes count where they fall, so the share is the report's "Overdue %".
 * Value: the share; amount at risk: the overdue amount; evidence: the overdue items.
 *
 * @example
 * overdueShare(ctx, { share: 0.3 }).results[0]?.value; // 0.4 for 400 overdue of 1,000
 */
export const overdueShare: RuleCheck = (ctx, thresholds) => {
  const share = thresholdOf(thresholds, "share");
  const results = [];
  for (let line = 0; line < ctx.lines.count; line++) {
    const open = ctx.lines.openMinor[line] as number;
    if (open <= 0) continue;
    const overdue = ctx.lines.overdueMinor[line] as number;
    const measured = overdue / open;
    if (!above(measured, share)) continue;
    results.push(
      finding(ctx, "overdue-share", line, {
        value: measured,
        threshold: share,
        unit: "share",
        amountAtRisk: lineAmount(ctx, line, overdue),
        rows: lineEvidence(ctx, line, 1, false).rows,
      }),
    );
  }
  return { results, notRun: null, notAssessed: [] };
};
