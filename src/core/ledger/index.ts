/**
 * Open-item ledgers: column detection from headers (English, 简体, 繁體), a streaming reader that turns rows
 * into open items at an as-of date (or rejections with their reason), the customer master, and the aging
 * engine over the items (DESIGN §3.5).
 */
export { type ColumnCandidate } from "./_lib/assignColumns";
export { ageLedger, type AgingOptions } from "./ageLedger";
export {
  type AgingGroup,
  type AgingKpis,
  type AgingResult,
  type AgingTotal,
  type ProvisionMatrix,
} from "./agingResult";
export { type SalesFigure } from "./_lib/portfolioKpis";
export { createLedgerReader } from "./createLedgerReader";
export { type LedgerReader, type LedgerReaderOptions } from "./ledgerReader";
export {
  type CustomerMaster,
  type CustomerMasterOptions,
  type MasterEntry,
  type MasterField,
  type MasterMapping,
  masterEntry,
} from "./customerMaster";
export { readCustomerMaster } from "./readCustomerMaster";
export { customerKey } from "./_lib/customerKey";
export { PLACEHOLDER_LOSS_RATE_STEPS, defaultLossRates } from "./defaultLossRates";
export { type LedgerDetection, detectLedgerColumns } from "./detectLedgerColumns";
export { detectLedgerDayOrder } from "./detectLedgerDayOrder";
export { type ColumnMapping, LEDGER_FIELDS, type LedgerField, isLedgerField } from "./ledgerField";
export {
  ITEM_DUE_ASSUMED,
  ITEM_FUTURE_DATED,
  type LedgerGroupBy,
  type LedgerItems,
  type LedgerNotice,
  type LedgerRejection,
} from "./ledgerItems";
export { type LedgerProblem, ledgerProblem } from "./ledgerProblem";
export { parseFieldMapping } from "./parseFieldMapping";
export { type RawCell, isBlankCell, isErrorCell } from "./rawCell";
