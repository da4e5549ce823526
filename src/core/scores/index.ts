/**
 * Applying a weighted card to a customer table (issue 7): the mapping of the table's columns, point bands
 * for raw metrics, and the Scores sheet of live per-customer formulas.
 */
export {
  CUSTOMER_FIELDS,
  type CustomerField,
  type CustomerTableMapping,
  type FactorSource,
  type PointBands,
} from "./customerTableMapping";
export { METRIC_PRESETS, type MetricId, type MetricPreset } from "./metricBands";
export {
  factorSourceFor,
  proposeCustomerMapping,
  type ProposedCustomerMapping,
} from "./proposeCustomerMapping";
export { SCORES_ROWS, type ScoresLayout, at, scoresLayout } from "./scoresLayout";
export { type ScoresSheetLabels } from "./scoresSheetLabels";
export { type CustomerSource, type ScoresSheetOptions, scoresSheetSpec } from "./scoresSheetSpec";
