/**
 * The embedded workbook host: HyperFormula with the CREDIT functions, .xlsx and .csv in and out.
 * Used by the playground and the CLI only — HyperFormula (GPL-3.0) never enters the add-in bundle.
 */
export {
  type CellContent,
  EmbeddedWorkbook,
  type EmbeddedWorkbookOptions,
  type FormulaCell,
  type SheetLayout,
} from "./embeddedWorkbook";
export {
  type EvaluationResult,
  type ResultCell,
  evaluationResult,
  excelDigits,
  resultCell,
} from "./evaluationResult";
export {
  CreditFunctionsPlugin,
  creditFunctionTranslations,
  registerCreditFunctions,
} from "./creditFunctionsPlugin";
export { type CreditEngineContext, createEngineContext, type ResultSize } from "./engineContext";
export { createEngine, excelCompatibleConfig } from "./engine";
export { CHARTS_SETTING, SETTINGS_SHEET } from "./settingsSheet";
export { csvCells } from "./csvContent";
export { sheetLayoutOfSpec } from "./sheetSpecContent";
