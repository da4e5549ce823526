import { type SampleSplit, scoreBandCounts, scoreBandCuts } from "../scorecard";

/**
 * Rows and bads of one score band of a sample.
 *
 * @example
 * const tally: BandTally = { rows: 70, bads: 31 };
 */
export interface BandTally {
  readonly rows: number;
  readonly bads: number;
}

/**
 * One score band: scores from `from` to below `to` (`null` for an open end), with the training and holdout
 * rows and bads that fall in it.
 *
 * @example
 * const band: ScoreBandRow = { from: 540, to: 560, training: { rows: 70, bads: 20 }, holdout: { rows: 31, bads: 9 } };
 */
export interface ScoreBandRow {
  readonly from: number | null;
  readonly to: number | null;
  readonly training: BandTally;
  /** `null` when there is no holdout. */
  readonly holdout: BandTally | null;
}

/**
 * The development sample's default number of score bands (deciles).
 *
 * @example
 * scoreBandTable(scores, outcomes.bad, split, SCORE_BANDS); // ten bands of about equal size
 */
export const SCORE_BANDS = 10;

function tallies(
  scores: ArrayLike<number>,
  bad: ArrayLike<number>,
  rows: ArrayLike<number>,
  cuts: readonly number[],
): BandTally[] {
  const all: number[] = [];
  const bads: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    all.push(scores[row] as number);
    if (bad[row] === 1) bads.push(scores[row] as number);
  }
  const rowCounts = scoreBandCounts(all, cuts);
  const badCounts = scoreBandCounts(bads, cuts);
  return rowCounts.map((count, i) => ({ rows: count, bads: badCounts[i] as number }));
}

/**
 * Bad rate by score band: the training scores cut into `bands` bands of about equal size
 * (`scoreBandCuts`), and the training and holdout rows and bads counted in each — a good card's bad rate
 * falls band by band as the score rises, on the holdout as on the training rows.
 *
 * @example
 * // scores indexed by row like outcomes.bad; split from splitSample
 * scoreBandTable(scores, outcomes.bad, split, 5);
 * // [{ from: null, to: 540, training: { rows: 140, bads: 70 }, holdout: { rows: 60, bads: 28 } }, …]
 */
export function scoreBandTable(
  scores: ArrayLike<number>,
  bad: ArrayLike<number>,
  split: SampleSplit,
  bands = SCORE_BANDS,
): ScoreBandRow[] {
  const trainingScores = Array.from(split.training, (row) => scores[row] as number);
  const cuts = scoreBandCuts(trainingScores, bands);
  const training = tallies(scores, bad, split.training, cuts);
  const holdout = split.holdout.length > 0 ? tallies(scores, bad, split.holdout, cuts) : null;
  return training.map((tally, i) => ({
    from: cuts[i - 1] ?? null,
    to: cuts[i] ?? null,
    training: tally,
    holdout: holdout ? (holdout[i] as BandTally) : null,
  }));
}
