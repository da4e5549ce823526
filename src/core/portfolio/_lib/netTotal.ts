import { creditError, type CreditError } from "../../errors";

/**
 * Sum of cent amounts, which must be positive to share out. Checks the sum of magnitudes so that every
 * partial sum is an exact integer.
 *
 * @example
 * netTotal("values", [5000, -1000]); // 4000
 */
export function netTotal(arg: string, units: readonly number[]): number | CreditError {
  let total = 0;
  let magnitude = 0;
  for (const value of units) {
    total += value;
    magnitude += Math.abs(value);
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) return creditError("#NUM!", "totalTooLarge", { arg });
  if (total === 0) return creditError("#DIV/0!", "totalZero", { arg });
  if (total < 0) return creditError("#VALUE!", "totalNegative", { arg });
  return total;
}
