import { forComparison } from "../../_lib/compare";
import type { GradeScale, GradeScaleRow } from "../gradeScale";

/**
 * Freezes already-validated rows, highest bound first, into a {@link GradeScale}.
 * Bounds are rounded once here so grading rounds only the score. The arrays are deliberately not frozen:
 * V8 reads frozen arrays markedly slower, and grading must stay above 10 M calls/s (types keep them readonly).
 */
export function prepareGradeScale(
  name: string,
  rows: readonly GradeScaleRow[],
  percentOnly: boolean,
): GradeScale {
  const sorted = [...rows].sort((x, y) => y[0] - x[0]);
  return {
    name,
    bounds: sorted.map((row) => forComparison(row[0])),
    grades: sorted.map((row) => row[1]),
    percentOnly,
  };
}
