import { type CreditError, creditError } from "../errors";
import type { RatingGrade } from "./ratingGrade";

const VALID = /^[ABCD]$/;

/**
 * Combines indicator grades with the one-vote veto: any D → D; else any C → C;
 * else A when A grades are a strict majority; else B.
 *
 * Grades are case-insensitive and trimmed; empty strings (blank cells) are skipped. For three
 * indicators this reproduces the documented table: AAA, AAB → A; ABB, BBB → B; BBC, BCC, CCC → C; any D → D.
 *
 * @param grades - Indicator grades A–D.
 * @returns The combined grade, `#VALUE!` naming the first bad grade and its 1-based position, or `#N/A` when
 *   no grade is given.
 *
 * @example
 * combineGrades(["A", "a", " B "]); // "A"
 * combineGrades(["A", "B", "B"]); // "B"
 * combineGrades(["A", "A", "D"]); // "D"
 * combineGrades(["A", "", "B"]); // "B" (A is not a strict majority of 2)
 */
export function combineGrades(grades: readonly string[]): RatingGrade | CreditError {
  let count = 0;
  let aCount = 0;
  let anyC = false;
  let anyD = false;
  for (let i = 0; i < grades.length; i++) {
    const raw = grades[i] ?? "";
    const grade = raw.trim().toUpperCase();
    if (grade === "") continue;
    if (!VALID.test(grade)) return creditError("#VALUE!", "gradeInvalid", { value: raw, position: i + 1 });
    count++;
    if (grade === "A") aCount++;
    else if (grade === "C") anyC = true;
    else if (grade === "D") anyD = true;
  }
  if (count === 0) return creditError("#N/A", "noGrades");
  if (anyD) return "D";
  if (anyC) return "C";
  return 2 * aCount > count ? "A" : "B";
}
