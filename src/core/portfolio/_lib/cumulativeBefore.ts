import { creditError, isCreditError, type CreditError } from "../../errors";
import { largestFirst, minorUnitsOf } from "./minorUnitsOf";

/**
 * Sales ranked largest first, with what the customers ranked ahead of each one sold, exactly, in cents.
 *
 * @example
 * const { before, total }: RankedSales = { before: [0n, 5000n], total: 10000n };
 */
export interface RankedSales {
  /** Per input position: sum of the sales of all customers ranked ahead of it. */
  readonly before: readonly bigint[];
  readonly total: bigint;
}

/**
 * Ranks non-negative sales and sums them exactly. BigInt because the comparison with a threshold multiplies a
 * cent total by up to 10^9, far beyond the integers a double holds exactly.
 *
 * @example
 * cumulativeBefore([20, 50, 30]); // { before: [8000n, 0n, 5000n], total: 10000n }
 */
export function cumulativeBefore(sales: readonly number[]): RankedSales | CreditError {
  const units = minorUnitsOf("sales", sales, false);
  if (isCreditError(units)) return units;
  const before = new Array<bigint>(units.length);
  let running = 0n;
  for (const position of largestFirst(units)) {
    before[position] = running;
    running += BigInt(units[position] as number);
  }
  if (running === 0n) return creditError("#DIV/0!", "totalZero", { arg: "sales" });
  return { before, total: running };
}
