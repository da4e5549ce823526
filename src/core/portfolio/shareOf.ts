import { creditError, isCreditError, type CreditError } from "../errors";
import { minorUnitsOf } from "./_lib/minorUnitsOf";
import { netTotal } from "./_lib/netTotal";
import { toMinorUnits } from "./_lib/toMinorUnits";

/**
 * Share of `value` in the total of `values` (e.g. a customer's share of total receivables), as a fraction.
 * Amounts are summed in cents. Negative values (customers in credit) count in the net total, as on the aging
 * report's total line; the total must be positive.
 *
 * @example
 * shareOf(12_000, [12_000, 50_000, 38_000]); // 12,000 / 100,000 = 0.12
 */
export function shareOf(value: number, values: readonly number[]): number | CreditError {
  if (!Number.isFinite(value)) return creditError("#VALUE!", "numberNotFinite", { arg: "value" });
  const valueUnits = toMinorUnits(value, 100);
  if (!Number.isSafeInteger(valueUnits)) return creditError("#NUM!", "valueTooLarge", { arg: "value" });
  const units = minorUnitsOf("values", values, true);
  if (isCreditError(units)) return units;
  const total = netTotal("values", units);
  if (isCreditError(total)) return total;
  return valueUnits / total;
}
