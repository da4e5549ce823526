import type { CreditError } from "../errors";
import { daysOfSales } from "./_lib/daysOfSales";

/**
 * Days sales outstanding, simple method: receivables / credit sales × days in the period.
 *
 * @example
 * simpleDso(250_000, 1_825_000); // 50   (250,000 / 1,825,000 × 365)
 * simpleDso(90_000, 270_000, 90); // 30  (a quarter)
 */
export function simpleDso(receivables: number, creditSales: number, days = 365): number | CreditError {
  return daysOfSales("receivables", receivables, creditSales, days);
}
