import { creditError, type CreditError } from "../../errors";
import { toMinorUnits } from "./toMinorUnits";

/** Sales and balances are counted in cents: the portfolio rules compare sums exactly. */
const CENTS = 100;

/**
 * Each value in whole cents, or the first value that cannot be counted: not finite, too large to count
 * exactly, or negative when `allowNegative` is false.
 *
 * @example
 * minorUnitsOf("sales", [1.5, 0.1], false); // [150, 10]
 */
export function minorUnitsOf(
  arg: string,
  values: readonly number[],
  allowNegative: boolean,
): number[] | CreditError {
  if (values.length === 0) return creditError("#VALUE!", "listEmpty", { arg });
  const units: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) return creditError("#VALUE!", "itemNotFinite", { arg, position: i + 1 });
    if (value < 0 && !allowNegative) return creditError("#VALUE!", "itemNegative", { arg, position: i + 1 });
    const cents = toMinorUnits(value, CENTS);
    if (!Number.isSafeInteger(cents)) return creditError("#NUM!", "itemTooLarge", { arg, position: i + 1 });
    units.push(cents);
  }
  return units;
}

/**
 * Positions ordered by value, largest first; equal values keep their input order.
 *
 * @example
 * largestFirst([20, 50, 10, 20]); // [1, 0, 3, 2]
 */
export function largestFirst(units: readonly number[]): number[] {
  return units
    .map((_, position) => position)
    .sort((a, b) => (units[b] as number) - (units[a] as number) || a - b);
}
