import { type CreditError, creditError } from "../errors";
import { fromMinorUnits, toMinorUnits } from "./_lib/minorUnits";

/**
 * Credit still available: limit − exposure − open orders. Negative means over limit by that amount.
 *
 * Exact to the smallest currency unit (sums in integer minor units), so 1,000.10 − 999.90 is 0.20, not
 * 0.20000000000004547.
 *
 * @returns The available amount, or `#VALUE!` when an argument is not a number.
 *
 * @example
 * availableCredit(50_000, 42_500); // 7,500
 * availableCredit(50_000, 42_500, 10_000); // -2,500 (over limit)
 */
export function availableCredit(limit: number, exposure: number, openOrders = 0): number | CreditError {
  if (!Number.isFinite(limit)) return creditError("#VALUE!", "notANumber", { arg: "limit" });
  if (!Number.isFinite(exposure)) return creditError("#VALUE!", "notANumber", { arg: "exposure" });
  if (!Number.isFinite(openOrders)) return creditError("#VALUE!", "notANumber", { arg: "openOrders" });
  const units = toMinorUnits(limit) - toMinorUnits(exposure) - toMinorUnits(openOrders);
  if (!Number.isFinite(units)) return creditError("#NUM!", "numberTooLarge");
  return fromMinorUnits(units);
}
