/** The workbook's Excel tables, for the source picker. */
import { type TableInfo } from "../port";
import { withoutSheet } from "./_lib/rangeParts";

/**
 * Every table, in two requests (names, then ranges and header rows). `address` is the whole table
 * on its sheet, header row included and without the sheet name; `rowCount` counts the data rows
 * only (neither the header nor a totals row), the number a person means by "a table of N rows".
 *
 * @example
 * await excelRun(listWorkbookTables);
 * // [{ name: "Ledger", sheet: "AR", address: "A3:H5002", rowCount: 4999, headers: ["Customer", …] }]
 */
export async function listWorkbookTables(context: Excel.RequestContext): Promise<TableInfo[]> {
  const tables = context.workbook.tables;
  tables.load("items/name,items/showTotals,items/worksheet/name");
  await context.sync();
  const parts = tables.items.map((table) => {
    const range = table.getRange();
    range.load("address,rowCount");
    const header = table.getHeaderRowRange();
    header.load("values");
    return { range, header };
  });
  await context.sync();
  return tables.items.map((table, i): TableInfo => {
    const part = parts[i];
    const rowCount = part ? part.range.rowCount : 0;
    return {
      name: table.name,
      sheet: table.worksheet.name,
      address: part ? withoutSheet(part.range.address) : "",
      rowCount: Math.max(0, rowCount - 1 - (table.showTotals ? 1 : 0)),
      headers: (part?.header.values[0] ?? []).map((cell) => String(cell)),
    };
  });
}
