import { creditError, type CreditError } from "../../errors";
import { finiteResult, nonNegative, positive } from "./checks";

/**
 * `amount` expressed as days of credit sales: amount / sales × days. Shared by DSO and best possible DSO.
 *
 * @example
 * daysOfSales("receivables", 250_000, 1_825_000, 365); // 50
 */
export function daysOfSales(
  amountArg: string,
  amount: number,
  creditSales: number,
  days: number,
): number | CreditError {
  const problem =
    nonNegative(amountArg, amount) ?? nonNegative("creditSales", creditSales) ?? positive("days", days);
  if (problem) return problem;
  if (creditSales === 0) return creditError("#DIV/0!", "denominatorZero", { arg: "creditSales" });
  // Multiplying first keeps whole-number inputs exact: 250,000 × 365 / 1,825,000 is exactly 50.
  return finiteResult((amount * days) / creditSales);
}
