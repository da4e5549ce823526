import { isCreditError, type CreditError } from "../errors";
import { cumulativeBefore } from "./_lib/cumulativeBefore";
import { beforeThreshold, shareThreshold } from "./_lib/shareThreshold";

/**
 * The 70 % core-customer rule: ranked by sales, largest first (equal sales keep their input order), a customer
 * is core when the customers ranked ahead of it make up less than `threshold` of total sales. So the customer
 * that crosses 70 % is core, one that lands exactly on 70 % is core, and the next one is not. Sales are summed
 * in cents and compared with the threshold exactly. Returns one flag per input position.
 *
 * @example
 * // total 100: 50 (0 % before) core, 20 (50 % before) core, 20 (70 % before) not, 10 not
 * coreCustomers([20, 50, 10, 20]); // [true, true, false, false]
 */
export function coreCustomers(sales: readonly number[], threshold = 0.7): boolean[] | CreditError {
  const billionths = shareThreshold("threshold", threshold);
  if (isCreditError(billionths)) return billionths;
  const ranked = cumulativeBefore(sales);
  if (isCreditError(ranked)) return ranked;
  return ranked.before.map((before) => beforeThreshold(before, ranked.total, billionths));
}
