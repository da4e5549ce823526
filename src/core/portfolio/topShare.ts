import { creditError, isCreditError, type CreditError } from "../errors";
import { largestFirst, minorUnitsOf } from "./_lib/minorUnitsOf";
import { netTotal } from "./_lib/netTotal";

/**
 * Concentration: the share of the `n` largest values in the total (default top 10), as a fraction. With `n`
 * or fewer values it is 1. Amounts are summed in cents; negative values count in the net total, which must be
 * positive.
 *
 * @example
 * topShare([50, 30, 10, 10], 2); // (50 + 30) / 100 = 0.8
 */
export function topShare(values: readonly number[], n = 10): number | CreditError {
  if (!Number.isSafeInteger(n) || n < 1) return creditError("#VALUE!", "topCountNotWhole", { arg: "n" });
  const units = minorUnitsOf("values", values, true);
  if (isCreditError(units)) return units;
  const total = netTotal("values", units);
  if (isCreditError(total)) return total;
  let top = 0;
  for (const position of largestFirst(units).slice(0, n)) top += units[position] as number;
  return top / total;
}
