/** Where a source (a sheet's used range or a table) sits and how big it is, in one request. */
import { HostError, type SourceRef, type SourceShape } from "../port";
import { parseRangeAddress } from "./_lib/rangeParts";
import { toHostError } from "./_lib/toHostError";

/**
 * The shape of a source, with one `context.sync()`. A sheet source is its used range counting
 * values only (formatting alone does not make a ledger longer); a table source is the table's range
 * with its header row and without its totals row (a totals row is not a ledger line). An empty sheet
 * has 0 rows and 0 columns. Missing sheets and tables reject with `sheetNotFound` / `tableNotFound`.
 *
 * @example
 * const shape = await excelRun((context) => locateSource(context, { kind: "table", table: "Ledger" }));
 * // { sheet: "AR", firstRow: 3, firstColumn: 1, rowCount: 5000, columnCount: 8 }
 */
export async function locateSource(context: Excel.RequestContext, source: SourceRef): Promise<SourceShape> {
  return source.kind === "sheet" ? locateSheet(context, source.sheet) : locateTable(context, source.table);
}

async function locateSheet(context: Excel.RequestContext, name: string): Promise<SourceShape> {
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount");
  try {
    await context.sync();
  } catch (error) {
    throw toHostError(error, new HostError("sheetNotFound", { name }));
  }
  if (used.isNullObject) return { sheet: name, firstRow: 1, firstColumn: 1, rowCount: 0, columnCount: 0 };
  return shapeOf(name, used.address, used.rowCount, used.columnCount);
}

async function locateTable(context: Excel.RequestContext, name: string): Promise<SourceShape> {
  const table = context.workbook.tables.getItem(name);
  table.load("showTotals,worksheet/name");
  const range = table.getRange();
  range.load("address,rowCount,columnCount");
  try {
    await context.sync();
  } catch (error) {
    throw toHostError(error, new HostError("tableNotFound", { name }));
  }
  const rowCount = range.rowCount - (table.showTotals ? 1 : 0);
  return shapeOf(table.worksheet.name, range.address, rowCount, range.columnCount);
}

function shapeOf(sheet: string, address: string, rowCount: number, columnCount: number): SourceShape {
  const parts = parseRangeAddress(address);
  if (!parts) throw new HostError("hostFailure", { address }, "unreadableAddress");
  return { sheet, firstRow: parts.row, firstColumn: parts.column, rowCount, columnCount };
}
