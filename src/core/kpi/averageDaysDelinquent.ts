import { below } from "../_lib/compare";
import { creditError, type CreditError } from "../errors";
import { nonNegative } from "./_lib/checks";

/**
 * Average days delinquent: DSO − best possible DSO, the days of sales tied up in overdue receivables.
 * A best possible DSO above the DSO is refused: current receivables are part of all receivables, so this only
 * happens when the arguments are swapped or come from different periods.
 *
 * @example
 * averageDaysDelinquent(50, 30); // 20
 */
export function averageDaysDelinquent(dso: number, bestDso: number): number | CreditError {
  const problem = nonNegative("dso", dso) ?? nonNegative("bestDso", bestDso);
  if (problem) return problem;
  if (below(dso, bestDso)) return creditError("#VALUE!", "bestDsoExceedsDso", { dso, bestDso });
  // Equal after rounding away binary noise: report 0, not -1e-15.
  return Math.max(0, dso - bestDso);
}
