import { above } from "../compareWithThreshold";
import {
  type RuleCheck,
  NotAssessed,
  finding,
  lineAmount,
  lineCurrency,
  lineRows,
  thresholdOf,
} from "../checkContext";

/**
 * concentration (medium): a customer's share of total receivables above 10 %, within its currency (amounts of
 * different currencies are never added). The total is net of credit notes, as on the aging report's total
 * line; a currency whose total is not positive has no shares, and its customers are counted as not assessed.
 *
 * @example
 * concentration(ctx, { share: 0.1 }).results[0]?.value; // 0.25 for 25,000 of 100,000
 */
export const concentration: RuleCheck = (ctx, thresholds) => {
  const share = thresholdOf(thresholds, "share");
  const results = [];
  const skipped = new NotAssessed("concentration");
  for (let line = 0; line < ctx.lines.count; line++) {
    const open = ctx.lines.openMinor[line] as number;
    if (open <= 0) continue;
    const total = ctx.lines.currencyOpenMinor[ctx.lines.currency[line] as number] as number;
    if (total <= 0) {
      skipped.add("totalNotPositive", lineCurrency(ctx, line));
      continue;
    }
    const measured = open / total;
    if (!above(measured, share)) continue;
    results.push(
      finding(ctx, "concentration", line, {
        value: measured,
        threshold: share,
        unit: "share",
        amountAtRisk: lineAmount(ctx, line, open),
        rows: lineRows(ctx, line),
      }),
    );
  }
  return { results, notRun: null, notAssessed: skipped.list() };
};
