import { type CreditError, creditError } from "../../errors";
import { type GradeScale, type GradeScaleName, gradeFromScore } from "../../scoring";

/**
 * The grade a limit is based on: a typed label (trimmed, upper-cased like the policy's keys) or the grade a
 * score earns on `scale` (kept as the scale spells it, since that is what the sheet shows).
 */
export function limitGrade(
  gradeOrScore: string | number,
  scale: GradeScaleName | GradeScale,
): string | CreditError {
  if (typeof gradeOrScore === "number") return gradeFromScore(gradeOrScore, scale);
  const grade = gradeOrScore.trim().toUpperCase();
  return grade === "" ? creditError("#VALUE!", "gradeEmpty") : grade;
}

/** The policy multiplier for `grade`, matched case-insensitively; `undefined` when the policy has none. */
export function multiplierFor(
  multipliers: Readonly<Record<string, number>>,
  grade: string,
): number | undefined {
  const key = grade.toUpperCase();
  // Own keys only: "constructor" or "toString" typed as a grade must not find Object.prototype.
  return Object.hasOwn(multipliers, key) ? multipliers[key] : undefined;
}
