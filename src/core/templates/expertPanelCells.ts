/**
 * Experts (rows) of the default panel grid.
 *
 * @example
 * PANEL_EXPERTS; // 5
 */
export const PANEL_EXPERTS = 5;

/**
 * Criteria (columns) of the default panel grid.
 *
 * @example
 * PANEL_CRITERIA; // 3
 */
export const PANEL_CRITERIA = 3;

/**
 * Where the expert panel's inputs and results sit; the same in both forms.
 *
 * @example
 * EXPERT_PANEL_CELLS.ratings; // "B6:D10"
 */
export const EXPERT_PANEL_CELLS = Object.freeze({
  names: "A6:A10",
  /** Experts × criteria, each 1–5 or blank: the `ratings` argument of CREDIT.EXPERTSCORE. */
  ratings: "B6:D10",
  /** Each expert's mean rating (blank for an expert with none). */
  expertScores: "E6:E10",
  /** median, mean or trimmed. */
  method: "H6",
  spreadLimit: "H7",
  modelWeight: "H8",
  /** The scorecard (model) score on 0–100, e.g. a link to the weighted card's total. */
  modelScore: "H9",
  consensus: "H12",
  spread: "H13",
  anotherRound: "H14",
  /** The consensus on the card's 0–100 scale: consensus / 5 × 100. */
  expertScore100: "H15",
  blended: "H16",
});
