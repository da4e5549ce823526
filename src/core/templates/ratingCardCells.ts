/**
 * Where the three-indicator rating card's inputs and results sit; the same in both forms.
 *
 * @example
 * RATING_CARD_CELLS.combined; // "C13"
 */
export const RATING_CARD_CELLS = Object.freeze({
  collected: "B6",
  claims: "B7",
  due: "B8",
  /** Net collection rate = (collected − claims) / due. */
  rate: "B9",
  collectionGrade: "C9",
  daysLate: "B10",
  latenessGrade: "C10",
  share: "B11",
  loyaltyGrade: "C11",
  grades: "C9:C11",
  combined: "C13",
  /** Lower bounds of loyalty grades A, B and C: the `thresholds` argument of CREDIT.LOYALTYGRADE. */
  thresholds: "B16:B18",
  thresholdA: "B16",
  thresholdB: "B17",
  thresholdC: "B18",
});
