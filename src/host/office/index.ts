/** The Office.js workbook host: the only code that calls Excel.run. */
export { OfficeWorkbookHost } from "./officeWorkbookHost";
export { excelRun, type ExcelRun } from "./excelRun";
export { columnWidthPoints } from "./layoutSteps";
export { MAX_BLOCK_ROWS, MIN_BLOCK_ROWS } from "./blockRows";
