import { creditError, isCreditError, type CreditError } from "../errors";
import { DEFAULT_SCORE_SCALE, scoreScaleParameters, type ScoreScaleInput } from "../scaling";
import { roundHalfAway } from "./_lib/roundHalfAway";
import { binAssigner } from "./binAssigner";
import { tallyBins } from "./_lib/tallyBins";
import type { CharacteristicBins } from "./characteristicBins";
import { discrimination } from "./discrimination";
import { logisticRegression } from "./logisticRegression";
import type { OutcomeFlags } from "./outcomeFlags";
import type { Scorecard, ScorecardCharacteristic } from "./scorecard";
import type { SampleSplit } from "./splitSample";
import type { BinnedCharacteristicInput } from "./types";

/**
 * What {@link fitScorecard} needs.
 *
 * @example
 * const age = { name: "Age", values, binning };
 * const input: ScorecardInput = { characteristics: [age], outcomes: flags, split };
 */
export interface ScorecardInput {
  /** The chosen characteristics with their (proposed or edited) bins. */
  readonly characteristics: readonly BinnedCharacteristicInput[];
  readonly outcomes: OutcomeFlags;
  /** Training and holdout rows; default: every row with an outcome is training, no holdout. */
  readonly split?: SampleSplit;
  /** Points scaling; default 600 points at 50:1, 20 points to double the odds. */
  readonly scale?: ScoreScaleInput;
  /** Newton steps allowed; default 50. */
  readonly maxIterations?: number;
}

/**
 * Fits a points scorecard: counts each characteristic's bin table and WOE on the training rows, fits the
 * logistic regression of ln(odds good:bad) on the WOE-coded characteristics ({@link logisticRegression}), and
 * turns it into whole points per bin.
 *
 * Points (DESIGN §3.7): score = offset + factor · ln(odds) with factor = PDO / ln 2 and offset = base points
 * − factor · ln(base odds), so a bin b of characteristic j is worth factor · βⱼ · WOEⱼb, rounded half away
 * from zero, plus j's share of the base points round(offset + factor · β₀) — split evenly in whole points,
 * the first characteristics taking one more when it does not divide. The points of a row's bins add up to its
 * score exactly, which differs from the unrounded offset + factor · ln(odds) by at most (k + 1) / 2 points for
 * k characteristics.
 *
 * KS, AUC and Gini are measured on this whole-point score — what the card will actually do — on the training
 * rows and on the holdout.
 *
 * @example
 * const card = fitScorecard({ characteristics, outcomes: flags, split }) as Scorecard;
 * card.characteristics.map((c) => c.coefficient.estimate); // [0.81, 1.02, …]
 * card.holdout?.auc; // 0.78
 */
export function fitScorecard(input: ScorecardInput): Scorecard | CreditError {
  const { outcomes } = input;
  if (input.characteristics.length === 0) return creditError("#VALUE!", "scorecardNoCharacteristics");
  const parameters = scoreScaleParameters(input.scale);
  if (isCreditError(parameters)) return parameters;
  const training = input.split?.training ?? outcomes.rows;
  const holdout = input.split?.holdout ?? new Uint32Array(0);

  const tables: CharacteristicBins[] = [];
  const binIndex: Int32Array[] = [];
  const woeColumns: Float64Array[] = [];
  for (const characteristic of input.characteristics) {
    const index = new Int32Array(outcomes.bad.length);
    const table = tallyBins(characteristic, outcomes, training, index);
    if (isCreditError(table)) return table;
    if (table.bins.length < 2) {
      return creditError("#VALUE!", "characteristicConstant", { characteristic: characteristic.name });
    }
    const binOf = binAssigner(table);
    for (const row of holdout) index[row] = binOf(characteristic.values[row]);
    const woe = new Float64Array(outcomes.bad.length);
    for (const rows of [training, holdout]) {
      for (const row of rows) woe[row] = (table.bins[index[row] as number] as { woe: number }).woe;
    }
    tables.push(table);
    binIndex.push(index);
    woeColumns.push(woe);
  }

  const good = outcomes.bad.map((b) => 1 - b);
  const fit = logisticRegression({
    predictors: woeColumns,
    outcome: good,
    rows: training,
    names: tables.map((t) => t.name),
    maxIterations: input.maxIterations,
  });
  if (isCreditError(fit)) return fit;

  const k = tables.length;
  const basePoints = roundHalfAway(parameters.offset + parameters.factor * fit.intercept.estimate);
  const evenShare = Math.floor(basePoints / k);
  const oneMore = basePoints - evenShare * k;
  const characteristics: ScorecardCharacteristic[] = tables.map((table, j) => {
    const coefficient = fit.coefficients[j] as (typeof fit.coefficients)[number];
    const share = evenShare + (j < oneMore ? 1 : 0);
    return {
      ...table,
      coefficient,
      basePoints: share,
      bins: table.bins.map((bin) => ({
        ...bin,
        points: roundHalfAway(parameters.factor * coefficient.estimate * bin.woe) + share,
      })),
    };
  });

  const scores = new Float64Array(outcomes.bad.length);
  for (const rows of [training, holdout]) {
    for (const row of rows) {
      let score = 0;
      for (let j = 0; j < k; j++) {
        const bins = (characteristics[j] as ScorecardCharacteristic).bins;
        score += (bins[(binIndex[j] as Int32Array)[row] as number] as { points: number }).points;
      }
      scores[row] = score;
    }
  }
  const trainingFigures = discrimination(scores, outcomes.bad, training);
  if (isCreditError(trainingFigures)) return trainingFigures;
  const holdoutFigures = discrimination(scores, outcomes.bad, holdout);
  let minScore = 0;
  let maxScore = 0;
  for (const c of characteristics) {
    minScore += Math.min(...c.bins.map((b) => b.points));
    maxScore += Math.max(...c.bins.map((b) => b.points));
  }
  return {
    characteristics,
    intercept: fit.intercept,
    scale: {
      basePoints: input.scale?.basePoints ?? DEFAULT_SCORE_SCALE.basePoints,
      baseOdds: input.scale?.baseOdds ?? DEFAULT_SCORE_SCALE.baseOdds,
      pdo: input.scale?.pdo ?? DEFAULT_SCORE_SCALE.pdo,
    },
    factor: parameters.factor,
    offset: parameters.offset,
    basePoints,
    minScore,
    maxScore,
    iterations: fit.iterations,
    deviance: fit.deviance,
    nullDeviance: fit.nullDeviance,
    training: trainingFigures,
    holdout: isCreditError(holdoutFigures) ? null : holdoutFigures,
  };
}
