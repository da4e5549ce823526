import { type CreditError } from "../errors";
import { MoneyAccumulator } from "./moneyAccumulator";

/**
 * The exact sum of money amounts, added as integer minor units so that no binary rounding builds up
 * and the result does not depend on the order of the amounts. An empty list sums to 0.
 *
 * @example
 * sumMoney([0.1, 0.2]); // 0.3 (plain addition gives 0.30000000000000004)
 * sumMoney([1500, 250], 0); // 1750 (JPY)
 * sumMoney([1, Number.NaN]); // CreditError #VALUE! "amountNotFinite" (position 2)
 */
export function sumMoney(amounts: readonly number[], decimals = 2): number | CreditError {
  const total = new MoneyAccumulator(decimals);
  for (const amount of amounts) {
    if (!total.add(amount)) break;
  }
  return total.total();
}
