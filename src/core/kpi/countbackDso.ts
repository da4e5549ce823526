import { creditError, type CreditError } from "../errors";
import { finiteResult, nonNegative } from "./_lib/checks";

/** Month length assumed when no day counts are given. */
const DEFAULT_MONTH_DAYS = 30;

/**
 * Relative slack when deciding that a month's sales cover what is left of the receivables: subtracting
 * 100.1 and 200.2 from 300.3 leaves a binary remainder a hair above the last month's sales, and that must
 * not turn into "receivables exceed the sales given".
 */
const COVER_SLACK = 1e-12;

/**
 * Countback DSO: walks back from the most recent month, consuming each month's credit sales until the
 * receivables are used up. Whole months count all their days, the last (partial) month its share
 * remaining / sales × days. A month without sales counts its whole days.
 *
 * @param monthlySales Credit sales per month, most recent first.
 * @param monthDays Days of each month, same order; 30 each when omitted.
 *
 * @example
 * // 250 of receivables: all of the last month (100), all of the one before (120), 30 of 90 three months back
 * countbackDso(250, [100, 120, 90], [31, 30, 31]); // 31 + 30 + 30 / 90 × 31 = 71.333…
 */
export function countbackDso(
  receivables: number,
  monthlySales: readonly number[],
  monthDays?: readonly number[],
): number | CreditError {
  const problem = nonNegative("receivables", receivables) ?? checkMonths(monthlySales, monthDays);
  if (problem) return problem;
  if (receivables === 0) return 0;
  const slack = receivables * COVER_SLACK;
  let remaining = receivables;
  let dso = 0;
  for (let i = 0; i < monthlySales.length; i++) {
    const sales = monthlySales[i] as number;
    const days = monthDays ? (monthDays[i] as number) : DEFAULT_MONTH_DAYS;
    if (sales >= remaining - slack) {
      // sales > 0 here unless `remaining` is pure noise, which counts as nothing left.
      const share = sales > 0 ? Math.min(1, remaining / sales) : 0;
      return finiteResult(dso + share * days);
    }
    remaining -= sales;
    dso += days;
  }
  return creditError("#N/A", "receivablesExceedSales", { months: monthlySales.length });
}

function checkMonths(
  monthlySales: readonly number[],
  monthDays: readonly number[] | undefined,
): CreditError | undefined {
  if (monthlySales.length === 0) return creditError("#VALUE!", "listEmpty", { arg: "monthlySales" });
  for (let i = 0; i < monthlySales.length; i++) {
    const sales = monthlySales[i] as number;
    if (!Number.isFinite(sales)) {
      return creditError("#VALUE!", "itemNotFinite", { arg: "monthlySales", position: i + 1 });
    }
    if (sales < 0) return creditError("#VALUE!", "itemNegative", { arg: "monthlySales", position: i + 1 });
  }
  if (monthDays === undefined) return undefined;
  if (monthDays.length !== monthlySales.length) {
    return creditError("#VALUE!", "listLengthMismatch", {
      arg: "monthDays",
      other: "monthlySales",
      actual: monthDays.length,
      expected: monthlySales.length,
    });
  }
  for (let i = 0; i < monthDays.length; i++) {
    const days = monthDays[i] as number;
    if (!Number.isFinite(days)) {
      return creditError("#VALUE!", "itemNotFinite", { arg: "monthDays", position: i + 1 });
    }
    if (days <= 0) return creditError("#VALUE!", "itemNotPositive", { arg: "monthDays", position: i + 1 });
  }
  return undefined;
}
