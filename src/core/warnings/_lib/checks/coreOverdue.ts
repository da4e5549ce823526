import { isCreditError } from "../../../errors";
import { coreCustomers } from "../../../portfolio";
import {
  type CheckContext,
  type RuleCheck,
  finding,
  fromDays,
  lineAmount,
  lineCurrency,
  lineEvidence,
  notRun,
  thresholdOf,
} from "../checkContext";
import { currenciesMatch, type HistoryView } from "../historyView";
import { monthsBefore } from "../monthsBefore";
import { salesByCustomer } from "../salesByCustomer";

/**
 * The core customers of each history currency (DESIGN §3.8): ranked by sales, the first ones making up
 * `share` of the total, the one crossing it included. Customers are handed to the ranking in code-unit order
 * of their names, so equal sales rank the same whatever the history's row order.
 */
function coreSets(history: HistoryView, sales: Float64Array, share: number): (Set<number> | null)[] {
  const currencies = history.currencies.length;
  const byName = history.names
    .map((_, k) => k)
    .sort((a, b) => {
      const x = history.names[a] as string;
      const y = history.names[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  return history.currencies.map((_, h) => {
    const customers = byName.filter((k) => (sales[k * currencies + h] as number) > 0);
    if (customers.length === 0) return null;
    const flags = coreCustomers(
      customers.map((k) => (sales[k * currencies + h] as number) / 100),
      share,
    );
    if (isCreditError(flags)) return null; // sales too small to count in cents: no core customers
    return new Set(customers.filter((_, position) => flags[position] === true));
  });
}

function isCore(
  ctx: CheckContext,
  history: HistoryView,
  sets: readonly (Set<number> | null)[],
  line: number,
): boolean {
  const k = history.customerOfGroup[ctx.lines.group[line] as number] as number;
  if (k < 0) return false;
  const currency = lineCurrency(ctx, line);
  return sets.some(
    (set, h) => set !== null && set.has(k) && currenciesMatch(currency, history.currencies[h] ?? ""),
  );
}

/**
 * core-overdue (high): a core customer — by the 70 % rule over the sales of the last 3 years in the payment
 * history, within a currency — with an open item more than 30 days past due. Value: the most days past due;
 * amount at risk: those items' open sum; evidence: their rows. Cannot run without a history, or when the
 * history has no sales in the period.
 *
 * @example
 * coreOverdue(ctx, { days: 30, share: 0.7, salesYears: 3 }).results[0]?.value; // 45
 */
export const coreOverdue: RuleCheck = (ctx, thresholds) => {
  const history = ctx.history;
  if (history === null) return notRun("noHistory");
  const days = thresholdOf(thresholds, "days");
  const lateFrom = fromDays(days, false);
  const salesFrom = monthsBefore(ctx.asOfDay, 12 * thresholdOf(thresholds, "salesYears"));
  const sets = coreSets(
    history,
    salesByCustomer(history, salesFrom, ctx.asOfDay),
    thresholdOf(thresholds, "share"),
  );
  if (sets.every((set) => set === null)) return notRun("noSales");
  const results = [];
  const lastDue = ctx.asOfDay - lateFrom;
  for (let line = 0; line < ctx.lines.count; line++) {
    if ((ctx.lines.earliestPositiveDue[line] as number) > lastDue) continue;
    if (!isCore(ctx, history, sets, line)) continue;
    const evidence = lineEvidence(ctx, line, lateFrom, true);
    if (evidence.rows.length === 0) continue;
    results.push(
      finding(ctx, "core-overdue", line, {
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
