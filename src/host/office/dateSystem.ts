/** Which date system the workbook uses, asked of Excel's own DATE function. */

/**
 * True when the workbook counts dates from 1904 (serial 0 = 1904-01-01) instead of 1900. Asks
 * Excel to evaluate DATE(1904, 1, 1) through `workbook.functions` (ExcelApi 1.2, no cell is
 * written): 0 in the 1904 system, 1462 in the 1900 system. `Workbook.use1904DateSystem` would say
 * it directly but is a preview API missing from the released requirement sets.
 *
 * @example
 * await excelRun(isDate1904); // false for a workbook made on Windows or the web
 */
export async function isDate1904(context: Excel.RequestContext): Promise<boolean> {
  const start = context.workbook.functions.date(1904, 1, 1);
  start.load("value");
  await context.sync();
  return start.value === 0;
}
