import type { ScoreScale } from "../scaling";
import type { BinRow, CharacteristicBins } from "./characteristicBins";
import type { Discrimination } from "./discrimination";
import type { LogisticCoefficient } from "./logisticRegression";

/**
 * A bin of a fitted card with the whole points it is worth.
 *
 * @example
 * const bin: ScorecardBin = { ...binRow, points: 73 };
 */
export interface ScorecardBin extends BinRow {
  readonly points: number;
}

/**
 * A characteristic of a fitted card: its bins (counted on the training rows) with their points, and its
 * coefficient in the logistic model of ln(odds good:bad) on WOE.
 *
 * @example
 * card.characteristics[0]?.bins[0]?.points; // 73
 */
export interface ScorecardCharacteristic extends CharacteristicBins {
  readonly bins: readonly ScorecardBin[];
  /** Near 1 when the characteristic's WOE is worth what it says; below 0 its points run against its WOE. */
  readonly coefficient: LogisticCoefficient;
  /** This characteristic's whole-point share of the card's base points, included in its bins' points. */
  readonly basePoints: number;
}

/**
 * A fitted points scorecard: score = Σ the points of the bin each characteristic falls in.
 *
 * @example
 * const card = fitScorecard(input) as Scorecard;
 * card.holdout?.auc; // 0.78
 */
export interface Scorecard {
  readonly characteristics: readonly ScorecardCharacteristic[];
  /** β₀ of ln(odds good:bad) = β₀ + Σ βⱼ · WOEⱼ. */
  readonly intercept: LogisticCoefficient;
  readonly scale: ScoreScale;
  /** PDO / ln 2. */
  readonly factor: number;
  /** base points − factor · ln(base odds). */
  readonly offset: number;
  /** round(offset + factor · β₀), spread over the characteristics' bins. */
  readonly basePoints: number;
  /** Lowest and highest score the card can give. */
  readonly minScore: number;
  readonly maxScore: number;
  readonly iterations: number;
  readonly deviance: number;
  readonly nullDeviance: number;
  /** KS, AUC and Gini of the card's score on the rows it was fitted on. */
  readonly training: Discrimination;
  /** The same on the holdout rows; `null` when there is no holdout, or it lacks goods or bads. */
  readonly holdout: Discrimination | null;
}
