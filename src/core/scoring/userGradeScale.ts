import { forComparison } from "../_lib/compare";
import { type CreditError, creditError } from "../errors";
import type { GradeScale, GradeScaleRow } from "./gradeScale";
import { prepareGradeScale } from "./_lib/prepareGradeScale";

/**
 * Builds a user grade scale from (lower bound, grade) rows in any order.
 *
 * Labels are trimmed. Scores of any finite size may be graded (the scale need not be 0–100); a score below
 * the lowest bound is `#N/A`, so give a bottom row (e.g. `[-1e9, "E"]` or `[0, "D"]`) to grade everything.
 *
 * @returns The scale, or `#VALUE!` for no rows, a bound that is not a number, a bound given twice, or an
 *   empty grade (rows are 1-based in the order given).
 *
 * @example
 * const scale = userGradeScale([[60, "Watch"], [80, "Good"], [0, "Poor"]]);
 * gradeFromScore(75, scale as GradeScale); // "Watch"
 * userGradeScale([[60, "B"], [60, "C"]]); // CreditError #VALUE! gradeScaleDuplicateBound { bound: 60 }
 */
export function userGradeScale(rows: readonly GradeScaleRow[]): GradeScale | CreditError {
  if (rows.length === 0) return creditError("#VALUE!", "gradeScaleEmpty");
  const trimmed: GradeScaleRow[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const [bound, grade] = rows[i] as GradeScaleRow;
    if (!Number.isFinite(bound)) return creditError("#VALUE!", "gradeScaleBoundInvalid", { row: i + 1 });
    const label = grade.trim();
    if (label === "") return creditError("#VALUE!", "gradeScaleEmptyLabel", { row: i + 1 });
    // Bounds equal up to binary noise would make one row unreachable: treat them as duplicates.
    const key = forComparison(bound);
    if (seen.has(key)) return creditError("#VALUE!", "gradeScaleDuplicateBound", { bound });
    seen.add(key);
    trimmed.push([bound, label]);
  }
  return prepareGradeScale("user", trimmed, false);
}
