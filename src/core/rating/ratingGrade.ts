/**
 * A customer-rating grade: A (best) to D (veto: no credit trading).
 *
 * @example
 * const grade: RatingGrade = "B";
 */
export type RatingGrade = "A" | "B" | "C" | "D";
