import { type PaymentRecord } from "../../paymentRecord";
import { warningRule } from "../../warningRules";
import { type WarningResult } from "../../warningResult";
import { atLeast } from "../compareWithThreshold";
import { type RuleCheck, NotAssessed, finding, lineAmount, notRun, thresholdOf } from "../checkContext";

/**
 * deteriorating (medium): the average days late of the invoices a customer paid in the last 90 days at least
 * 10 days more than in the 90 days before. Days late = paid date − due date, with early payment counting as
 * 0 (on time, as grade A of DESIGN §3.1), so a customer who stops paying early is not "deteriorating"; the
 * average is per invoice. Payments after the as-of date are not yet made. Customers who paid in only one of
 * the two windows are counted as not assessed. One result per ledger line of the customer (amount at risk:
 * its balance), or one without a line (amount 0) when the ledger has no open items of it. Evidence: the rows
 * of the payments in the last window.
 *
 * @example
 * deteriorating(ctx, { days: 10, windowDays: 90 }).results[0]?.value; // 18 (days late now) against 12 (2 + 10)
 */
export const deteriorating: RuleCheck = (ctx, thresholds) => {
  const history = ctx.history;
  if (history === null) return notRun("noHistory");
  const increase = thresholdOf(thresholds, "days");
  const window = thresholdOf(thresholds, "windowDays");
  const recentFrom = ctx.asOfDay - window;
  const previousFrom = ctx.asOfDay - 2 * window;
  const customers = history.names.length;
  const recentDays = new Float64Array(customers);
  const recentCount = new Float64Array(customers);
  const previousDays = new Float64Array(customers);
  const previousCount = new Float64Array(customers);
  const { count, customerOf, records } = history;
  for (let r = 0; r < count; r++) {
    const record = records[r] as PaymentRecord;
    if (record.paid === null) continue;
    const paid = Math.floor(record.paid);
    if (paid > ctx.asOfDay || paid <= previousFrom) continue;
    const late = Math.max(0, paid - Math.floor(record.due));
    const k = customerOf[r] as number;
    if (paid > recentFrom) {
      recentDays[k] = (recentDays[k] as number) + late;
      recentCount[k] = (recentCount[k] as number) + 1;
    } else {
      previousDays[k] = (previousDays[k] as number) + late;
      previousCount[k] = (previousCount[k] as number) + 1;
    }
  }

  const skipped = new NotAssessed("deteriorating");
  const fired = new Map<number, { value: number; threshold: number; rows: number[] }>();
  for (let k = 0; k < customers; k++) {
    const recent = recentCount[k] as number;
    const previous = previousCount[k] as number;
    if (recent === 0 && previous === 0) continue;
    if (recent === 0 || previous === 0) {
      skipped.add("fewPayments", history.names[k] ?? "");
      continue;
    }
    const value = (recentDays[k] as number) / recent;
    const threshold = (previousDays[k] as number) / previous + increase;
    if (atLeast(value, threshold)) fired.set(k, { value, threshold, rows: [] });
  }
  if (fired.size > 0) {
    for (let r = 0; r < count; r++) {
      const record = records[r] as PaymentRecord;
      if (record.paid === null) continue;
      const paid = Math.floor(record.paid);
      if (paid <= recentFrom || paid > ctx.asOfDay) continue;
      fired.get(customerOf[r] as number)?.rows.push(record.row);
    }
  }

  const linesOfGroup = new Map<number, number[]>();
  for (let line = 0; line < ctx.lines.count; line++) {
    const g = ctx.lines.group[line] as number;
    if (history.customerOfGroup[g] === -1) continue;
    const list = linesOfGroup.get(g);
    if (list === undefined) linesOfGroup.set(g, [line]);
    else list.push(line);
  }
  const results: WarningResult[] = [];
  for (const [k, { value, threshold, rows }] of fired) {
    const historyRows = rows.sort((a, b) => a - b);
    const lines = (history.groupsOfCustomer[k] ?? []).flatMap((g) => linesOfGroup.get(g) ?? []);
    for (const line of lines) {
      results.push(
        finding(ctx, "deteriorating", line, {
          value,
          threshold,
          unit: "days",
          amountAtRisk: lineAmount(ctx, line, ctx.lines.openMinor[line] as number),
          rows: [],
          historyRows,
        }),
      );
    }
    if (lines.length === 0) {
      const rule = warningRule("deteriorating");
      results.push({
        rule: rule.id,
        severity: rule.severity,
        customer: history.names[k] ?? "",
        currency: "",
        value,
        threshold,
        unit: "days",
        amountAtRisk: 0,
        rows: [],
        masterRow: null,
        historyRows,
        action: rule.action,
      });
    }
  }
  return { results, notRun: null, notAssessed: skipped.list() };
};
