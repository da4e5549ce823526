import { currenciesMatch } from "../historyView";
import { above } from "../compareWithThreshold";
import {
  type RuleCheck,
  NotAssessed,
  finding,
  lineAmount,
  lineCurrency,
  lineCustomer,
  lineRows,
  notRun,
  thresholdOf,
} from "../checkContext";
import { masterWith } from "../masterWith";
import { salesByCustomer } from "../salesByCustomer";

/**
 * dso-over-terms (medium): a customer's DSO more than its terms + 15 days. DSO is DESIGN §3.6's simple DSO
 * per customer: open balance / credit sales of the period × days of the period, with the sales taken from
 * the payment history (invoices dated in the last 365 days, in the line's currency) and the terms from the
 * master. Customers with a balance but no terms, or no sales in the period, are counted as not assessed.
 *
 * @example
 * dsoOverTerms(ctx, { days: 15, periodDays: 365 }).results[0]?.value; // 73 (DSO) against 45 (terms 30 + 15)
 */
export const dsoOverTerms: RuleCheck = (ctx, thresholds) => {
  const master = masterWith(ctx, "terms");
  if (typeof master === "string") return notRun(master);
  const history = ctx.history;
  if (history === null) return notRun("noHistory");
  const margin = thresholdOf(thresholds, "days");
  const period = thresholdOf(thresholds, "periodDays");
  const sales = salesByCustomer(history, ctx.asOfDay - period, ctx.asOfDay);
  const currencies = history.currencies.length;
  const results = [];
  const skipped = new NotAssessed("dso-over-terms");
  for (let line = 0; line < ctx.lines.count; line++) {
    const open = ctx.lines.openMinor[line] as number;
    if (open <= 0) continue;
    const g = ctx.lines.group[line] as number;
    const entry = master.entryOfGroup[g];
    const terms = entry?.terms ?? null;
    if (terms === null) {
      skipped.add("noTerms", lineCustomer(ctx, line));
      continue;
    }
    const k = history.customerOfGroup[g] as number;
    const currency = lineCurrency(ctx, line);
    let salesCents = 0;
    for (let h = 0; k >= 0 && h < currencies; h++) {
      if (currenciesMatch(currency, history.currencies[h] ?? "")) {
        salesCents += sales[k * currencies + h] as number;
      }
    }
    if (!(salesCents > 0)) {
      skipped.add("noSalesInPeriod", lineCustomer(ctx, line));
      continue;
    }
    const balance = lineAmount(ctx, line, open);
    const dso = (balance / (salesCents / 100)) * period;
    const limit = terms + margin;
    if (!above(dso, limit)) continue;
    results.push(
      finding(ctx, "dso-over-terms", line, {
        value: dso,
        threshold: limit,
        unit: "days",
        amountAtRisk: balance,
        rows: lineRows(ctx, line),
        masterRow: entry?.row ?? null,
      }),
    );
  }
  return { results, notRun: null, notAssessed: skipped.list() };
};
