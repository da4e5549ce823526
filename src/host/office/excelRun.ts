/**
 * How the adapter reaches the workbook. In Excel it is `Excel.run`; tests pass a fake so the
 * adapter's requests can be counted and sized without an Office host.
 */

/** Runs one batch of Office.js commands against the workbook (the signature of `Excel.run`). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The real `Excel.run`, looked up when called so that importing this module needs no Office host.
 *
 * @example
 * const sheetCount = await excelRun(async (context) => {
 *   const sheets = context.workbook.worksheets;
 *   sheets.load("items/name");
 *   await context.sync();
 *   return sheets.items.length;
 * });
 */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);
