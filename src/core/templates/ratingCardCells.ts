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

/**
 * The cells the rating card's formulas read and write, by role: the card's own addresses
 * ({@link RATING_CARD_CELLS}) or a customer row's cells on the Scores sheet.
 *
 * @example
 * const cells: RatingCardCellMap = { ...RATING_CARD_CELLS, share: "AD7" };
 */
export type RatingCardCellMap = { readonly [Role in keyof typeof RATING_CARD_CELLS]: string };
