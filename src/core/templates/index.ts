/**
 * Live scorecard sheets (issue 7) as SheetSpecs, each in two forms: `addin` (CREDIT functions) and `portable`
 * (built-in Excel functions only, for colleagues without the add-in), giving the same numbers.
 */
export {
  EXPERT_CRITERIA,
  type ExpertPanelExample,
  type ExpertPanelOptions,
  expertPanelSpec,
} from "./expertPanelSpec";
export { EXPERT_PANEL_CELLS, PANEL_CRITERIA, PANEL_EXPERTS } from "./expertPanelCells";
export { type ExpertPanelFormulas, expertPanelFormulas } from "./expertPanelFormulas";
export { type ExpertCriterion, type ExpertPanelLabels } from "./expertPanelLabels";
export { RATING_CARD_CELLS, type RatingCardCellMap } from "./ratingCardCells";
export { type RatingCardFormulas, ratingCardFormulas } from "./ratingCardFormulas";
export { type RatingCardLabels } from "./ratingCardLabels";
export { type RatingCardExample, type RatingCardOptions, ratingCardSpec } from "./ratingCardSpec";
export {
  DEFAULT_SCORECARD_FACTORS,
  type ScorecardFactor,
  type ScorecardFactorGroup,
  type ScorecardFactorId,
} from "./scorecardFactors";
export {
  type TemplateForm,
  type TemplateFormLabels,
  type TemplateOptions,
  type ValidationText,
} from "./templateOptions";
export { WEIGHTED_CARD_CELLS, type WeightedCardCellMap } from "./weightedCardCells";
export { type WeightedCardFormulas, weightedCardFormulas } from "./weightedCardFormulas";
export { type WeightedCardLabels } from "./weightedCardLabels";
export { type WeightedCardExample, type WeightedCardOptions, weightedCardSpec } from "./weightedCardSpec";
