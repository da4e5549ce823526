/**
 * Statistical scorecards from history (issue 8, DESIGN §3.7): outcome mapping, monotonic binning, weight of
 * evidence and information value, logistic regression, points scaling, discrimination and population
 * stability.
 */
export { binAssigner } from "./binAssigner";
export { binCharacteristic } from "./binCharacteristic";
export { binCounts, scoreBandCounts, scoreBandCuts } from "./binCounts";
export type { BinDescription, BinRow, CharacteristicBins } from "./characteristicBins";
export { characteristicKind } from "./characteristicKind";
export { discrimination, type Discrimination } from "./discrimination";
export { erfc, normalCdf, twoSidedPValue } from "./erfc";
export { fitScorecard, type ScorecardInput } from "./fitScorecard";
export { ivStrength, type IvStrength } from "./ivStrength";
export {
  logisticRegression,
  type LogisticCoefficient,
  type LogisticFit,
  type LogisticInput,
} from "./logisticRegression";
export { outcomeFlags, type OutcomeFlags } from "./outcomeFlags";
export { outcomeMapping, outcomeMappingFromGood, type OutcomeMapping } from "./outcomeMapping";
export {
  populationStability,
  PSI_ZERO_SHARE,
  psiVerdict,
  type PopulationStability,
  type PsiBin,
  type PsiVerdict,
} from "./populationStability";
export { DEFAULT_BINNING, proposeBinning, type BinningOptions } from "./proposeBinning";
export {
  proposeOutcomeMapping,
  type OutcomeMappingBasis,
  type ProposedOutcomeMapping,
} from "./proposeOutcomeMapping";
export type { Scorecard, ScorecardBin, ScorecardCharacteristic } from "./scorecard";
export { scoreRow, scoreRows, type RowScore } from "./scoreRow";
export { DEFAULT_HOLDOUT_SHARE, splitSample, type SampleSplit, type SplitOptions } from "./splitSample";
export type {
  BinnedCharacteristicInput,
  BinningSpec,
  CategoricalBinning,
  Characteristic,
  CharacteristicKind,
  NumericBinning,
  RawValue,
} from "./types";
export { weightOfEvidence, type WeightOfEvidence, type WoeBin } from "./weightOfEvidence";
