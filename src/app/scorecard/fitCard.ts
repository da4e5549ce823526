import { type CreditError, isCreditError } from "../../core/errors";
import { type ScoreScaleInput } from "../../core/scaling";
import { type BinningSpec, fitScorecard, type Scorecard, scoreRows } from "../../core/scorecard";
import { type FitSetup } from "./fitSetup";
import { type HistoryColumn } from "./historyTable";

/**
 * A characteristic chosen for the card, with its (proposed or edited) bins.
 *
 * @example
 * const choice: FitChoice = { column: duration.column, binning: duration.binning! };
 */
export interface FitChoice {
  readonly column: HistoryColumn;
  readonly binning: BinningSpec;
}

/**
 * A fitted card with what the sheets need: the history columns in the card's order and every data row's
 * score.
 *
 * @example
 * const fitted = fitCard(setup, choices) as FittedCard;
 * fitted.card.holdout?.auc; // 0.78
 */
export interface FittedCard {
  readonly setup: FitSetup;
  readonly card: Scorecard;
  /** The history column of each characteristic of the card, in the card's order. */
  readonly columns: readonly HistoryColumn[];
  /** The engine's score of every data row of the history (`scoreRows`), in the history's order. */
  readonly scores: Float64Array;
}

/**
 * Fits the card on the training rows with the chosen characteristics and bins (`fitScorecard`) and scores
 * every row of the history with it.
 *
 * @example
 * fitCard(setup, [{ column: checking, binning: checkingBins }, { column: duration, binning: durationBins }]);
 */
export function fitCard(
  setup: FitSetup,
  choices: readonly FitChoice[],
  options: { readonly scale?: ScoreScaleInput } = {},
): FittedCard | CreditError {
  const characteristics = choices.map((choice) => ({
    name: choice.column.header,
    values: choice.column.values,
    binning: choice.binning,
  }));
  const card = fitScorecard({
    characteristics,
    outcomes: setup.outcomes,
    split: setup.split,
    scale: options.scale,
  });
  if (isCreditError(card)) return card;
  const scores = scoreRows(
    card,
    choices.map((choice) => choice.column.values),
  );
  if (isCreditError(scores)) return scores;
  return { setup, card, columns: choices.map((choice) => choice.column), scores };
}
