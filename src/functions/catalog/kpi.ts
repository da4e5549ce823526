/** Collection KPIs (DESIGN §3.6) over Excel arguments. */
import { type CreditError, creditError, isCreditError } from "../../core/errors";
import {
  bestPossibleDso,
  collectionEffectivenessIndex,
  countbackDso,
  daysBeyondTerms,
  receivablesTurnover,
  simpleDso,
} from "../../core/kpi";
import {
  datesKeepingBlanks,
  locatedNumbers,
  locateError,
  numbersKeepingBlanks,
  optionalNumber,
  placesOf,
  requiredNumber,
} from "../args";
import { type FunctionResult } from "../excel/values";

/**
 * `CREDIT.DSO(receivables, credit_sales, [days])`.
 *
 * @example
 * dsoFn(150000, 1200000, null); // 45.625 = 150,000 / 1,200,000 × 365
 */
export function dsoFn(receivables: unknown, creditSales: unknown, days: unknown): FunctionResult {
  const r = requiredNumber(receivables, "receivables");
  if (isCreditError(r)) return r;
  const s = requiredNumber(creditSales, "credit_sales");
  if (isCreditError(s)) return s;
  const d = optionalNumber(days, "days", 365);
  return isCreditError(d) ? d : simpleDso(r, s, d);
}

/**
 * `CREDIT.DSOCOUNTBACK(receivables, monthly_sales, [month_days])`, most recent month first.
 *
 * @example
 * dsoCountbackFn(250, [[100], [120], [90]], [[31], [30], [31]]); // 71.333… = 31 + 30 + 30/90 × 31
 */
export function dsoCountbackFn(
  receivables: unknown,
  monthlySales: unknown,
  monthDays: unknown,
): FunctionResult {
  const r = requiredNumber(receivables, "receivables");
  if (isCreditError(r)) return r;
  const s = locatedNumbers(monthlySales, "monthly_sales");
  if (isCreditError(s)) return s;
  const d = locatedNumbers(monthDays, "month_days");
  if (isCreditError(d)) return d;
  const dso = countbackDso(r, s.values, d.values.length === 0 ? undefined : d.values);
  if (!isCreditError(dso)) return dso;
  return locateError(locateError(dso, s.places, "monthlySales"), d.places, "monthDays");
}

/**
 * `CREDIT.BESTDSO(current_receivables, credit_sales, [days])`.
 *
 * @example
 * bestDsoFn(100000, 1200000, null); // 30.416… = 100,000 / 1,200,000 × 365
 */
export function bestDsoFn(currentReceivables: unknown, creditSales: unknown, days: unknown): FunctionResult {
  const r = requiredNumber(currentReceivables, "current_receivables");
  if (isCreditError(r)) return r;
  const s = requiredNumber(creditSales, "credit_sales");
  if (isCreditError(s)) return s;
  const d = optionalNumber(days, "days", 365);
  return isCreditError(d) ? d : bestPossibleDso(r, s, d);
}

/**
 * `CREDIT.CEI(opening_ar, credit_sales, closing_ar, closing_current_ar)` as a fraction.
 *
 * @example
 * ceiFn(100, 500, 120, 80); // 0.923… = (100 + 500 − 120) / (100 + 500 − 80) = 480 / 520
 */
export function ceiFn(
  openingAr: unknown,
  creditSales: unknown,
  closingAr: unknown,
  closingCurrentAr: unknown,
): FunctionResult {
  const o = requiredNumber(openingAr, "opening_ar");
  if (isCreditError(o)) return o;
  const s = requiredNumber(creditSales, "credit_sales");
  if (isCreditError(s)) return s;
  const c = requiredNumber(closingAr, "closing_ar");
  if (isCreditError(c)) return c;
  const cc = requiredNumber(closingCurrentAr, "closing_current_ar");
  return isCreditError(cc) ? cc : collectionEffectivenessIndex(o, s, c, cc);
}

function sameLength(
  second: string,
  secondLength: number,
  first: string,
  firstLength: number,
): CreditError | null {
  return secondLength === firstLength
    ? null
    : creditError("#VALUE!", "lengthMismatch", { first, firstLength, second, secondLength });
}

/**
 * `CREDIT.DAYSBEYONDTERMS(amounts, paid_dates, due_dates)`: amount-weighted days paid after the
 * due date, over paid invoices (blank paid date = unpaid, skipped; early payment counts 0).
 *
 * @example
 * daysBeyondTermsFn([[100], [300]], [[45010], [45000]], [[45000], [45000]]); // 2.5 = (100 × 10 + 300 × 0) / 400
 */
export function daysBeyondTermsFn(amounts: unknown, paidDates: unknown, dueDates: unknown): FunctionResult {
  const a = numbersKeepingBlanks(amounts, "amounts");
  if (isCreditError(a)) return a;
  const p = datesKeepingBlanks(paidDates, "paid_dates");
  if (isCreditError(p)) return p;
  const d = datesKeepingBlanks(dueDates, "due_dates");
  if (isCreditError(d)) return d;
  const mismatch =
    sameLength("paid_dates", p.length, "amounts", a.length) ??
    sameLength("due_dates", d.length, "amounts", a.length);
  if (mismatch) return mismatch;
  const keptAmounts: number[] = [];
  const keptPaid: (number | null)[] = [];
  const keptDue: number[] = [];
  const places = placesOf(amounts, (_cell, i) => a[i] !== null && a[i] !== undefined);
  for (let i = 0; i < a.length; i++) {
    const amount = a[i] ?? null;
    if (amount === null) continue;
    const due = d[i] ?? null;
    if (due === null) return creditError("#N/A", "amountWithoutDate", { arg: "due_dates", index: i + 1 });
    keptAmounts.push(amount);
    keptPaid.push(p[i] ?? null);
    keptDue.push(due);
  }
  const days = daysBeyondTerms(keptAmounts, keptPaid, keptDue);
  return isCreditError(days) ? locateError(days, places) : days;
}

/**
 * `CREDIT.TURNOVER(credit_sales, average_ar)`.
 *
 * @example
 * turnoverFn(1200000, 150000); // 8
 */
export function turnoverFn(creditSales: unknown, averageAr: unknown): FunctionResult {
  const s = requiredNumber(creditSales, "credit_sales");
  if (isCreditError(s)) return s;
  const a = requiredNumber(averageAr, "average_ar");
  return isCreditError(a) ? a : receivablesTurnover(s, a);
}
