/** Aging functions (DESIGN §3.5) over Excel arguments. */
import {
  type AgingBasis,
  agingTotals,
  bucketEdgesFrom,
  type BucketEdges,
  bucketIndex,
  bucketLabels,
  bucketLabelText,
  daysPastDue,
  DEFAULT_BUCKET_EDGES,
  parseBucketEdges,
} from "../../core/aging";
import { type CreditError, creditError, isCreditError } from "../../core/errors";
import {
  choiceArg,
  datesKeepingBlanks,
  isBlank,
  locateError,
  numbersKeepingBlanks,
  numbersSkippingBlanks,
  placesOf,
  requiredDate,
  unwrapSingle,
} from "../args";
import { type FunctionResult } from "../excel/values";

const BASES: readonly AgingBasis[] = ["due", "invoice"];

/**
 * The bucket edges of a `buckets` argument: omitted → 30, 60, 90, 120; text such as
 * `"30,60,90"`; or a range of numbers.
 *
 * @example
 * bucketsArg("30,60"); // [30, 60]
 */
export function bucketsArg(value: unknown): BucketEdges | CreditError {
  const single = unwrapSingle(value);
  if (isBlank(single) || (typeof single === "string" && single.trim() === "")) return DEFAULT_BUCKET_EDGES;
  if (typeof single === "string") return parseBucketEdges(single);
  const list = numbersSkippingBlanks(single, "buckets");
  return isCreditError(list) ? list : bucketEdgesFrom(list);
}

/**
 * `CREDIT.DAYSPASTDUE(due_date, as_of)`; negative = days until due.
 *
 * @example
 * daysPastDueFn("2026-10-01", "2026-10-31"); // 30
 */
export function daysPastDueFn(dueDate: unknown, asOf: unknown): FunctionResult {
  const due = requiredDate(dueDate, "due_date");
  if (isCreditError(due)) return due;
  const at = requiredDate(asOf, "as_of");
  return isCreditError(at) ? at : daysPastDue(due, at);
}

/** The as-of date, bucket edges and basis that AGEBUCKET and AGING share. */
function agingOptions(
  asOf: unknown,
  buckets: unknown,
  basis: unknown,
): { at: number; edges: BucketEdges; b: AgingBasis } | CreditError {
  const at = requiredDate(asOf, "as_of");
  if (isCreditError(at)) return at;
  const edges = bucketsArg(buckets);
  if (isCreditError(edges)) return edges;
  const b = choiceArg(basis, "basis", BASES, "due");
  return isCreditError(b) ? b : { at, edges, b };
}

/**
 * `CREDIT.AGEBUCKET(date, as_of, [buckets], [basis])` → the bucket label.
 *
 * @example
 * ageBucketFn("2026-09-15", "2026-10-31", null, null); // "31-60"
 */
export function ageBucketFn(date: unknown, asOf: unknown, buckets: unknown, basis: unknown): FunctionResult {
  const d = requiredDate(date, "date");
  if (isCreditError(d)) return d;
  const options = agingOptions(asOf, buckets, basis);
  if (isCreditError(options)) return options;
  const { at, edges, b } = options;
  const age = daysPastDue(d, at);
  if (isCreditError(age)) return age;
  const index = bucketIndex(age, edges, b);
  if (isCreditError(index)) return index;
  const label = bucketLabels(edges, b)[index];
  return label ? bucketLabelText(label) : creditError("#VALUE!", "internal", {});
}

/**
 * `CREDIT.AGING(amounts, dates, as_of, [buckets], [basis])` → two rows: bucket labels, bucket sums.
 * Rows with neither amount nor date are skipped; an amount without a date is an error.
 *
 * @example
 * agingFn([[100, 200]], [[45000, 45100]], 45200, null, null); // [["Not due", "1-30", …], [0, 0, 0, 200, 0, 100]]
 */
export function agingFn(
  amounts: unknown,
  dates: unknown,
  asOf: unknown,
  buckets: unknown,
  basis: unknown,
): FunctionResult {
  const a = numbersKeepingBlanks(amounts, "amounts");
  if (isCreditError(a)) return a;
  const d = datesKeepingBlanks(dates, "dates");
  if (isCreditError(d)) return d;
  if (a.length !== d.length) {
    return creditError("#VALUE!", "lengthMismatch", {
      first: "amounts",
      firstLength: a.length,
      second: "dates",
      secondLength: d.length,
    });
  }
  const options = agingOptions(asOf, buckets, basis);
  if (isCreditError(options)) return options;
  const { at, edges, b } = options;
  const keptAmounts: number[] = [];
  const keptDates: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const amount = a[i] ?? null;
    const date = d[i] ?? null;
    if (amount === null || amount === 0) continue;
    if (date === null) return creditError("#N/A", "amountWithoutDate", { arg: "dates", index: i + 1 });
    keptAmounts.push(amount);
    keptDates.push(date);
  }
  const sums = agingTotals(keptAmounts, keptDates, at, edges, b);
  if (isCreditError(sums)) {
    return locateError(
      sums,
      placesOf(amounts, (_cell, i) => a[i] !== null && a[i] !== undefined && a[i] !== 0),
    );
  }
  return [bucketLabels(edges, b).map(bucketLabelText), [...sums]];
}
