/** Weighted risk-factor scorecards, grade scales and banded points (DESIGN §3.2). */
export { bandPoints } from "./bandPoints";
export { AAA_GRADE_SCALE, ABCD_GRADE_SCALE } from "./builtInGradeScales";
export { gradeFromScore } from "./gradeFromScore";
export {
  BUILT_IN_GRADE_SCALE_ROWS,
  type GradeScale,
  type GradeScaleName,
  type GradeScaleRow,
} from "./gradeScale";
export { userGradeScale } from "./userGradeScale";
export { type MissingScorePolicy, weightedScore } from "./weightedScore";
