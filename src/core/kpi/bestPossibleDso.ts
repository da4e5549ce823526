import type { CreditError } from "../errors";
import { daysOfSales } from "./_lib/daysOfSales";

/**
 * Best possible DSO: current (not yet due) receivables / credit sales × days, the DSO if every customer paid
 * exactly on terms.
 *
 * @example
 * bestPossibleDso(150_000, 1_825_000); // 30   (150,000 / 1,825,000 × 365)
 */
export function bestPossibleDso(
  currentReceivables: number,
  creditSales: number,
  days = 365,
): number | CreditError {
  return daysOfSales("currentReceivables", currentReceivables, creditSales, days);
}
