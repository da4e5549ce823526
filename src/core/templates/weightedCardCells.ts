import { rangeAddress } from "../report";
import { WEIGHTED_ROWS as R } from "./_lib/weightedCardRows";

const FACTORS = R.lastFactor - R.firstFactor + 1;
/** Right-hand panel: labels in column G, values in H. */
const H = (row: number): string => `H${row}`;

/**
 * Where the weighted risk-factor card's inputs and results sit; the same in both forms, so tests, the task pane
 * or other sheets can find them.
 *
 * @example
 * WEIGHTED_CARD_CELLS.scores; // "D6:D24"
 * WEIGHTED_CARD_CELLS.total; // "H6"
 */
export const WEIGHTED_CARD_CELLS = Object.freeze({
  factors: rangeAddress(R.firstFactor, 2, FACTORS, 1),
  weights: rangeAddress(R.firstFactor, 3, FACTORS, 1),
  scores: rangeAddress(R.firstFactor, 4, FACTORS, 1),
  /** Each factor's points out of 100 when every factor is scored. */
  weightedScores: rangeAddress(R.firstFactor, 5, FACTORS, 1),
  /** The weights' total, red unless it is 100 %. */
  weightSum: `C${R.total}`,
  /** The words next to it: OK, or (in red) that the weights must add up to 100 %. */
  weightCheck: `D${R.total}`,
  total: H(R.resultHeader + 1),
  grade: H(R.resultHeader + 2),
  limit: H(R.resultHeader + 3),
  maxPoints: H(R.settingsHeader + 1),
  /** The missing-data policy: reallocate, zero or error. */
  missing: H(R.settingsHeader + 2),
  /** (lower bound, grade) rows: the `scale` argument of CREDIT.GRADE. */
  gradeScale: rangeAddress(R.firstGrade, 7, R.gradeRows, 2),
  gradeBounds: rangeAddress(R.firstGrade, 7, R.gradeRows, 1),
  gradeLabels: rangeAddress(R.firstGrade, 8, R.gradeRows, 1),
  monthlyPurchases: H(R.limitHeader + 1),
  termsDays: H(R.limitHeader + 2),
  graceDays: H(R.limitHeader + 3),
  netWorth: H(R.limitHeader + 4),
  workingCapital: H(R.limitHeader + 5),
  /** (setting, value) rows: the `policy` argument of CREDIT.LIMIT. */
  policy: rangeAddress(R.firstPolicy, 7, R.policyRows, 2),
  policyKeys: rangeAddress(R.firstPolicy, 7, R.policyRows, 1),
  policyValues: rangeAddress(R.firstPolicy, 8, R.policyRows, 1),
  /** Portable form only: the limit step by step. */
  need: H(R.workingsHeader + 1),
  multiplier: H(R.workingsHeader + 2),
  adjustedNeed: H(R.workingsHeader + 3),
  netWorthCap: H(R.workingsHeader + 4),
  workingCapitalCap: H(R.workingsHeader + 5),
  lowest: H(R.workingsHeader + 6),
  roundTo: H(R.workingsHeader + 7),
});

/**
 * The cells the weighted card's formulas read and write, by role: the card's own addresses
 * ({@link WEIGHTED_CARD_CELLS}) or, for a customer row of the Scores sheet, that row's cells and the card's.
 *
 * @example
 * const cells: WeightedCardCellMap = { ...WEIGHTED_CARD_CELLS, scores: "C7:U7", total: "V7" };
 */
export type WeightedCardCellMap = { readonly [Role in keyof typeof WEIGHTED_CARD_CELLS]: string };
