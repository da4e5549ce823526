import { creditError, isCreditError, type CreditError } from "../errors";
import { cumulativeBefore } from "./_lib/cumulativeBefore";
import { beforeThreshold, shareThreshold } from "./_lib/shareThreshold";

/**
 * ABC class of a customer: `A` for the customers that make up the first `a` of sales, `B` up to `b`, `C` the
 * rest.
 *
 * @example
 * const cls: AbcClass = "A";
 */
export type AbcClass = "A" | "B" | "C";

/**
 * ABC classes by sales, one per input position, with the same convention as {@link coreCustomers}: ranked
 * largest first, a customer is `A` when those ranked ahead of it make up less than `a` of total sales, else
 * `B` when they make up less than `b`, else `C`. Requires 0 < a < b ≤ 1.
 *
 * @example
 * // total 100, ranked 50, 20, 15, 10, 5: before = 0, 50, 70, 85, 95 %
 * abcClasses([10, 50, 5, 20, 15]); // ["B", "A", "C", "A", "B"]
 */
export function abcClasses(sales: readonly number[], a = 0.7, b = 0.9): AbcClass[] | CreditError {
  const aBillionths = shareThreshold("a", a);
  if (isCreditError(aBillionths)) return aBillionths;
  const bBillionths = shareThreshold("b", b);
  if (isCreditError(bBillionths)) return bBillionths;
  if (aBillionths >= bBillionths) return creditError("#VALUE!", "abcThresholdsOrder", { a, b });
  const ranked = cumulativeBefore(sales);
  if (isCreditError(ranked)) return ranked;
  return ranked.before.map((before) => {
    if (beforeThreshold(before, ranked.total, aBillionths)) return "A";
    return beforeThreshold(before, ranked.total, bBillionths) ? "B" : "C";
  });
}
