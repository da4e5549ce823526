import { parseNumberText } from "../../numbers";
import { below } from "../../_lib/compare";

// "D", and the way Chinese masters write it: "D级" / "D級".
const GRADE_D = /^D(?:级|級)?$/u;

/**
 * Whether a master's grade cell rates the customer D: the letter D (any case or width, "D级" too), or a
 * number — a score on the 0–100 scale of DESIGN §3.2 — below `scoreBelow`. The value and threshold to show
 * come with it.
 *
 * @example
 * gradeVerdict("d", 60); // { isD: true, value: "d", threshold: "D", unit: "grade" }
 * gradeVerdict("72", 60); // { isD: false, value: 72, threshold: 60, unit: "score" }
 */
export function gradeVerdict(
  grade: string,
  scoreBelow: number,
):
  | { readonly isD: boolean; readonly value: string; readonly threshold: string; readonly unit: "grade" }
  | { readonly isD: boolean; readonly value: number; readonly threshold: number; readonly unit: "score" } {
  const text = grade.normalize("NFKC").trim();
  const score = parseNumberText(text);
  if (score !== null && Number.isFinite(score)) {
    return { isD: below(score, scoreBelow), value: score, threshold: scoreBelow, unit: "score" };
  }
  return { isD: GRADE_D.test(text.toUpperCase()), value: grade, threshold: "D", unit: "grade" };
}
