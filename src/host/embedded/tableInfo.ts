import { type HyperFormula } from "hyperformula";
import { type TableSpec } from "../../core/report";
import { type RawCell, type SourceShape, type TableInfo } from "../port";
import { parseRect, rectAddress } from "./_lib/rect";
import { rawRows } from "./sheetCells";

function headerText(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.error;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/**
 * A table as the port describes it: its range, data rows (without header and totals) and headers.
 *
 * @example
 * tableInfo(hf, 0, "Data", { name: "Open", range: "B2:C5", style: "TableStyleLight9", totalsRow: true });
 * // { name: "Open", sheet: "Data", address: "B2:C5", rowCount: 2, headers: ["Customer", "Open"] }
 */
export function tableInfo(hf: HyperFormula, id: number, sheet: string, table: TableSpec): TableInfo | null {
  const rect = parseRect(table.range);
  if (!rect) return null;
  const header = rawRows(hf, id, { ...rect, bottom: rect.top })[0] ?? [];
  return {
    name: table.name,
    sheet,
    address: rectAddress(rect),
    rowCount: Math.max(0, rect.bottom - rect.top - (table.totalsRow === true ? 1 : 0)),
    headers: header.map(headerText),
  };
}

/**
 * Where a table sits, header row included.
 *
 * @example
 * tableShape("Data", { name: "Open", range: "B2:C5", style: "TableStyleLight9" });
 * // { sheet: "Data", firstRow: 2, firstColumn: 2, rowCount: 4, columnCount: 2 }
 */
export function tableShape(sheet: string, table: TableSpec): SourceShape | null {
  const rect = parseRect(table.range);
  if (!rect) return null;
  return {
    sheet,
    firstRow: rect.top,
    firstColumn: rect.left,
    rowCount: rect.bottom - rect.top + 1,
    columnCount: rect.right - rect.left + 1,
  };
}

/**
 * Tables with names unique in the workbook: Excel refuses two tables of one name, so a name
 * `taken` by another sheet's table gets a suffix (`AgingTable_2`).
 *
 * @example
 * uniqueTableNames([{ name: "T", range: "A1:B3", style: "TableStyleMedium2" }], new Set(["t"]))[0]?.name; // "T_2"
 */
export function uniqueTableNames(tables: readonly TableSpec[], taken: ReadonlySet<string>): TableSpec[] {
  const used = new Set(taken);
  return tables.map((table) => {
    let name = table.name;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${table.name}_${n}`;
    used.add(name.toLowerCase());
    return name === table.name ? table : { ...table, name };
  });
}
