/**
 * Where the rows a Scorecard sheet scores sit: the history sheet, the sheet row of each row to score, and the
 * sheet column of each of the card's characteristics — the cells the scoring formulas reference.
 *
 * @example
 * const source: ScorecardSource = {
 *   sheet: "German credit",
 *   rows: [2, 3, 4],
 *   columns: [1, 3, 2],
 *   id: null,
 *   outcome: { header: "Outcome", column: 21, good: ["1"], bad: ["2"] },
 * };
 */
export interface ScorecardSource {
  readonly sheet: string;
  /** 1-based sheet rows to score, one formula row each, in this order. */
  readonly rows: readonly number[];
  /** 1-based sheet column of each characteristic of the card, in the card's order. */
  readonly columns: readonly number[];
  /** A column naming each row (customer, application), shown beside its score. */
  readonly id: { readonly header: string; readonly column: number } | null;
  /** The outcome column and its confirmed mapping, shown beside each score and in the subtitle. */
  readonly outcome: {
    readonly header: string;
    readonly column: number;
    readonly good: readonly string[];
    readonly bad: readonly string[];
  };
}
