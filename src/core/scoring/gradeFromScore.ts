import { forComparison } from "../_lib/compare";
import { type CreditError, creditError } from "../errors";
import { AAA_GRADE_SCALE, ABCD_GRADE_SCALE } from "./builtInGradeScales";
import type { GradeScale, GradeScaleName } from "./gradeScale";

/**
 * Maps a score to its grade on a built-in scale (`"ABCD"`, `"AAA"`) or a user scale.
 *
 * Bounds are inclusive lower bounds and compare after rounding away binary noise, so
 * 84.99999999999999 grades like 85. Fast path: no allocation unless an error is returned.
 *
 * @param score - A finite score; within [0, 100] for the built-in scales.
 * @param scale - `"ABCD"` (default), `"AAA"`, or a scale from {@link userGradeScale}.
 * @returns The grade; `#VALUE!` for a non-finite score or one outside [0, 100] on a built-in scale;
 *   `#N/A` for a score below the lowest bound of a user scale.
 *
 * @example
 * gradeFromScore(85); // "A"
 * gradeFromScore(84.99); // "B"
 * gradeFromScore(59.9, "AAA"); // "BB"
 */
export function gradeFromScore(
  score: number,
  scale: GradeScaleName | GradeScale = "ABCD",
): string | CreditError {
  const prepared = scale === "ABCD" ? ABCD_GRADE_SCALE : scale === "AAA" ? AAA_GRADE_SCALE : scale;
  // Unreachable from typed callers; guards a name that slipped past the Excel boundary unchecked.
  if (typeof prepared !== "object" || prepared === null) {
    return creditError("#VALUE!", "gradeScaleUnknown", { value: `${prepared as string}` });
  }
  if (!Number.isFinite(score)) return creditError("#VALUE!", "notANumber", { arg: "score" });
  const value = forComparison(score);
  if (prepared.percentOnly && (value < 0 || value > 100)) {
    return creditError("#VALUE!", "outOfRange", { arg: "score", value: score, min: 0, max: 100 });
  }
  const bounds = prepared.bounds;
  for (let i = 0; i < bounds.length; i++) {
    if (value >= (bounds[i] as number)) return prepared.grades[i] as string;
  }
  const lowest = bounds.length > 0 ? (bounds[bounds.length - 1] as number) : 0;
  return creditError("#N/A", "scoreBelowLowestBound", { score, bound: lowest });
}
