import { creditError, type CreditError } from "../errors";
import { finiteResult } from "./_lib/checks";
import { isSerialDate } from "./_lib/serialDate";

/**
 * Days beyond terms over paid invoices, weighted by amount: Σ(amount × days late) / Σ amount, where days late
 * = paid date − due date in whole days (times of day ignored). Paying early counts as 0 days beyond terms, not
 * as negative days, as in Dun & Bradstreet's DBT: early payers must not hide late ones. Rows whose paid date
 * is `null` are still open and are skipped.
 *
 * @example
 * // 1,000 paid 10 days late, 3,000 paid 2 days early (counts 0), 500 still open
 * daysBeyondTerms([1000, 3000, 500], [46063, 46051, null], [46053, 46053, 46053]);
 * // (1000 × 10 + 3000 × 0) / 4000 = 2.5
 */
export function daysBeyondTerms(
  amounts: readonly number[],
  paidDates: readonly (number | null)[],
  dueDates: readonly number[],
): number | CreditError {
  const mismatch =
    lengthMismatch("paidDates", paidDates.length, amounts.length) ??
    lengthMismatch("dueDates", dueDates.length, amounts.length);
  if (mismatch) return mismatch;
  let weightedDays = 0;
  let paidAmount = 0;
  for (let i = 0; i < amounts.length; i++) {
    const paid = paidDates[i];
    if (paid === null || paid === undefined) continue;
    const amount = amounts[i] as number;
    const due = dueDates[i] as number;
    const problem = paidRowProblem(amount, paid, due, i + 1);
    if (problem) return problem;
    weightedDays += amount * Math.max(0, Math.floor(paid) - Math.floor(due));
    paidAmount += amount;
  }
  if (paidAmount === 0) return creditError("#DIV/0!", "noPaidInvoices");
  return finiteResult(weightedDays / paidAmount);
}

function paidRowProblem(
  amount: number,
  paid: number,
  due: number,
  position: number,
): CreditError | undefined {
  if (!Number.isFinite(amount)) return creditError("#VALUE!", "itemNotFinite", { arg: "amounts", position });
  if (amount <= 0) return creditError("#VALUE!", "itemNotPositive", { arg: "amounts", position });
  if (!isSerialDate(paid)) return creditError("#VALUE!", "dateItemNotValid", { arg: "paidDates", position });
  if (!isSerialDate(due)) return creditError("#VALUE!", "dateItemNotValid", { arg: "dueDates", position });
  return undefined;
}

function lengthMismatch(arg: string, actual: number, expected: number): CreditError | undefined {
  if (actual === expected) return undefined;
  return creditError("#VALUE!", "listLengthMismatch", { arg, other: "amounts", actual, expected });
}
