/** Report layouts as data: SheetSpec and A1 addresses. */
export {
  MAX_COLUMNS,
  MAX_ROWS,
  type CellPosition,
  cellAddress,
  columnLetters,
  columnNumber,
  parseCellAddress,
  rangeAddress,
} from "./address";
export {
  type CellBlock,
  type CellInput,
  type ChartSpec,
  type ColumnWidthSpec,
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type NumberFormatSpec,
  type SheetSpec,
  type StyleSpec,
  type TableSpec,
  cellCount,
  sheetNameProblem,
} from "./sheetSpec";
export { type AgingReportOptions, agingReportSpec, agingSheetName, amountFormat } from "./agingReport";
export { type AgingReportLabels } from "./agingReportLabels";
export {
  type EvidenceSheet,
  type SheetRejection,
  SEVERITY_COLORS,
  type WarningsReportOptions,
  evidenceText,
  firstEvidence,
  sheetReference,
  warningsReportSpec,
  warningsSheetName,
} from "./warningsReport";
export { type WarningsReportLabels } from "./warningsReportLabels";
