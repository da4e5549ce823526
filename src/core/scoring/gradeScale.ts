/**
 * A prepared grade scale: lower bounds from highest to lowest, each with its grade.
 * Build user scales with {@link userGradeScale}; the built-ins are {@link ABCD_GRADE_SCALE} and
 * {@link AAA_GRADE_SCALE}.
 *
 * @example
 * gradeFromScore(72, ABCD_GRADE_SCALE); // "B"
 */
export interface GradeScale {
  /** `"ABCD"`, `"AAA"` or `"user"`. */
  readonly name: string;
  /** Lower bounds, strictly descending, already rounded for comparison. */
  readonly bounds: readonly number[];
  /** `grades[i]` applies from `bounds[i]` (inclusive) up to the next higher bound. */
  readonly grades: readonly string[];
  /** Built-in scales grade percentages and refuse scores outside [0, 100]. */
  readonly percentOnly: boolean;
}

/**
 * Names of the built-in grade scales.
 *
 * @example
 * const scale: GradeScaleName = "AAA";
 */
export type GradeScaleName = "ABCD" | "AAA";

/**
 * One row of a grade-scale table as the Excel templates show it: lower bound (inclusive), grade.
 *
 * @example
 * const row: GradeScaleRow = [85, "A"];
 */
export type GradeScaleRow = readonly [lowerBound: number, grade: string];

/**
 * The built-in grade scales as data (lower bound, grade), highest first, for sheet templates and docs.
 * The lowest bound is 0 because built-in scales grade scores in [0, 100].
 *
 * @example
 * BUILT_IN_GRADE_SCALE_ROWS.ABCD; // [[85, "A"], [70, "B"], [60, "C"], [0, "D"]]
 */
export const BUILT_IN_GRADE_SCALE_ROWS: Readonly<Record<GradeScaleName, readonly GradeScaleRow[]>> =
  Object.freeze({
    ABCD: Object.freeze([
      [85, "A"],
      [70, "B"],
      [60, "C"],
      [0, "D"],
    ] as const),
    AAA: Object.freeze([
      [90, "AAA"],
      [80, "AA"],
      [70, "A"],
      [60, "BBB"],
      [50, "BB"],
      [40, "B"],
      [30, "CCC"],
      [20, "CC"],
      [0, "C"],
    ] as const),
  });
