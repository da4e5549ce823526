import { BUILT_IN_GRADE_SCALE_ROWS, type GradeScale } from "./gradeScale";
import { prepareGradeScale } from "./_lib/prepareGradeScale";

/**
 * The default scale: A ≥ 85, B ≥ 70, C ≥ 60, D below 60.
 *
 * @example
 * gradeFromScore(85, ABCD_GRADE_SCALE); // "A"
 */
export const ABCD_GRADE_SCALE: GradeScale = prepareGradeScale("ABCD", BUILT_IN_GRADE_SCALE_ROWS.ABCD, true);

/**
 * The nine-level scale: AAA ≥ 90, AA ≥ 80, A ≥ 70, BBB ≥ 60, BB ≥ 50, B ≥ 40, CCC ≥ 30, CC ≥ 20, C below 20.
 *
 * @example
 * gradeFromScore(65, AAA_GRADE_SCALE); // "BBB"
 */
export const AAA_GRADE_SCALE: GradeScale = prepareGradeScale("AAA", BUILT_IN_GRADE_SCALE_ROWS.AAA, true);
