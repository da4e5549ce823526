/**
 * Warning checks (DESIGN §3.9): the default rules as data with editable thresholds, settings stored in the
 * workbook as JSON, the payment-history reader, and the engine that runs them over the ledger's open items,
 * the customer master and the payment history, reporting every warning with its evidence rows and every rule
 * that could not run.
 */
export { compareWarnings } from "./compareWarnings";
export {
  type PaymentHistory,
  type PaymentHistoryRead,
  type PaymentHistoryReader,
  type PaymentHistoryReaderOptions,
} from "./paymentHistory";
export { type PaymentRecord } from "./paymentRecord";
export {
  createPaymentHistoryReader,
  detectPaymentHistoryColumns,
  type PaymentHistoryOptions,
  readPaymentHistory,
} from "./readPaymentHistory";
export { runWarningChecks, type WarningInputs } from "./runWarningChecks";
export {
  type WarningNotAssessed,
  type WarningNotRun,
  type WarningReport,
  type WarningResult,
  type WarningUnit,
} from "./warningResult";
export { WARNING_RULE_IDS, type WarningRuleId, isWarningRuleId } from "./warningRuleId";
export {
  type ThresholdDefinition,
  type ThresholdUnit,
  WARNING_RULES,
  type WarningInput,
  type WarningRuleDefinition,
  warningRule,
} from "./warningRules";
export {
  checkWarningSettings,
  defaultWarningSettings,
  type WarningRuleSettings,
  type WarningSettings,
  withRuleEnabled,
  withThreshold,
} from "./warningSettings";
export {
  WARNING_SETTINGS_VERSION,
  type WarningSettingsJson,
  warningSettingsFromJson,
  warningSettingsToJson,
} from "./warningSettingsJson";
export { WARNING_SEVERITIES, type WarningSeverity } from "./warningSeverity";
