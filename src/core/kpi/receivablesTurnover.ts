import { creditError, type CreditError } from "../errors";
import { finiteResult, nonNegative } from "./_lib/checks";

/**
 * Receivables turnover: credit sales / average receivables, how many times a period's receivables were
 * collected (365 / turnover is the DSO on average receivables).
 *
 * @example
 * receivablesTurnover(1_200_000, 150_000); // 8
 */
export function receivablesTurnover(creditSales: number, averageAr: number): number | CreditError {
  const problem = nonNegative("creditSales", creditSales) ?? nonNegative("averageAr", averageAr);
  if (problem) return problem;
  if (averageAr === 0) return creditError("#DIV/0!", "denominatorZero", { arg: "averageAr" });
  return finiteResult(creditSales / averageAr);
}
