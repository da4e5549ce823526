import { creditError, type CreditError } from "../errors";
import { binAssigner } from "./binAssigner";
import type { Scorecard } from "./scorecard";
import type { RawValue } from "./types";

/**
 * A row's score: the bin and points of each characteristic, and their sum.
 *
 * @example
 * const s: RowScore = { bins: [0, 2], points: [310, 318], score: 628 };
 */
export interface RowScore {
  /** Per characteristic of the card, the bin the row falls in (index into its `bins`). */
  readonly bins: readonly number[];
  readonly points: readonly number[];
  readonly score: number;
}

/**
 * Scores one row from its raw values, given in the order of the card's characteristics. Each value goes to
 * its bin as {@link binAssigner} places it — a blank to the missing bin, a value the development sample never
 * had to the bin of lowest WOE — and the score is the sum of the bins' points.
 *
 * @example
 * scoreRow(card, ["A14", 12, "A34"]); // { bins: [0, 1, 0], points: [236, 198, 231], score: 665 }
 */
export function scoreRow(card: Scorecard, values: readonly RawValue[]): RowScore | CreditError {
  if (values.length !== card.characteristics.length) {
    return creditError("#VALUE!", "listLengthMismatch", {
      arg: "values",
      actual: values.length,
      other: "characteristics",
      expected: card.characteristics.length,
    });
  }
  const bins = card.characteristics.map((c, j) => binAssigner(c)(values[j]));
  const points = bins.map((bin, j) => card.characteristics[j]?.bins[bin]?.points ?? 0);
  return { bins, points, score: points.reduce((sum, p) => sum + p, 0) };
}

/**
 * Scores every row of a table whose columns are the card's characteristics, in the card's order — for the
 * population stability of the score on a newer sheet, or a whole development sample.
 *
 * @example
 * scoreRows(card, [checkingColumn, durationColumn, historyColumn]); // Float64Array [665, 598, …]
 */
export function scoreRows(
  card: Scorecard,
  columns: readonly (readonly RawValue[])[],
): Float64Array | CreditError {
  if (columns.length !== card.characteristics.length) {
    return creditError("#VALUE!", "listLengthMismatch", {
      arg: "columns",
      actual: columns.length,
      other: "characteristics",
      expected: card.characteristics.length,
    });
  }
  const length = columns[0]?.length ?? 0;
  for (let j = 1; j < columns.length; j++) {
    const column = columns[j] as readonly RawValue[];
    if (column.length !== length) {
      return creditError("#VALUE!", "listLengthMismatch", {
        arg: card.characteristics[j]?.name ?? "columns",
        actual: column.length,
        other: card.characteristics[0]?.name ?? "columns",
        expected: length,
      });
    }
  }
  const scores = new Float64Array(length);
  card.characteristics.forEach((c, j) => {
    const column = columns[j] as readonly RawValue[];
    const binOf = binAssigner(c);
    for (let row = 0; row < length; row++) {
      scores[row] = (scores[row] as number) + (c.bins[binOf(column[row])]?.points ?? 0);
    }
  });
  return scores;
}
