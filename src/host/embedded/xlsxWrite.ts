/**
 * Writes the embedded workbook to an .xlsx file with exceljs: values, formulas with their current
 * results (a spilled result as an array formula over its cells, which every Excel version shows),
 * number formats, styles, tables, conditional formats, data validations, column widths, freeze
 * panes, merges, and the settings in a very hidden sheet. exceljs cannot write charts: CreditKit
 * keeps them in the settings (`CHARTS_SETTING`), so a round trip through a file loses nothing.
 */
import type ExcelJS from "exceljs";
import { type TableSpec, cellAddress } from "../../core/report";
import { type RawCell, type SettingValue } from "../port";
import { argbOf } from "./_lib/argb";
import { loadExcelJs } from "./_lib/excelJs";
import { cellKey, cellsOf, parseRect, positionOfKey } from "./_lib/rect";
import { xlsxRulesOf, xlsxValidationOf } from "./_lib/xlsxRules";
import { SETTINGS_SHEET, settingsRows } from "./settingsSheet";
import { type CellStyle, type SheetMeta } from "./sheetMeta";

/** A cell to write: its value, and for a formula cell the formula (without `=`) and spill range. */
export interface WrittenCell {
  /** 1-based position. */
  readonly row: number;
  readonly column: number;
  readonly value: RawCell;
  readonly formula?: string;
  /** The cells a spilled result covers, e.g. "D2:I3". */
  readonly arrayRange?: string;
}

/** A sheet to write. */
export interface WrittenSheet {
  readonly name: string;
  readonly meta: SheetMeta;
  readonly cells: readonly WrittenCell[];
}

/** Excel's error values; HyperFormula's own (#CYCLE!, #ERROR!, #SPILL!, #LIC!) are saved as #VALUE!. */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#REF!",
  "#NAME?",
  "#DIV/0!",
  "#NULL!",
  "#VALUE!",
  "#NUM!",
]);

function excelValue(value: RawCell): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") {
    return {
      error: (EXCEL_ERRORS.has(value.error) ? value.error : "#VALUE!") as ExcelJS.CellErrorValue["error"],
    };
  }
  return value;
}

function formulaValue(cell: WrittenCell & { formula: string }): ExcelJS.CellValue {
  const result =
    cell.value === null ? undefined : (excelValue(cell.value) as ExcelJS.CellFormulaValue["result"]);
  const formula: Record<string, unknown> = { formula: cell.formula, result };
  if (cell.arrayRange !== undefined) Object.assign(formula, { shareType: "array", ref: cell.arrayRange });
  return formula as unknown as ExcelJS.CellValue;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor !== undefined) font.color = { argb: argbOf(style.fontColor) };
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (Object.keys(font).length > 0) cell.font = font;
  if (style.fill !== undefined)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontalAlignment !== undefined) alignment.horizontal = style.horizontalAlignment;
  if (style.wrapText) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
}

/** Table column names: the header cells' text, made unique and non-empty as Excel requires. */
function columnNames(table: TableSpec, values: ReadonlyMap<number, RawCell>): string[] {
  const rect = parseRect(table.range);
  if (!rect) return [];
  const used = new Set<string>();
  const names: string[] = [];
  for (let column = rect.left; column <= rect.right; column++) {
    const header = values.get(cellKey(rect.top, column));
    let name =
      header === null || header === undefined || typeof header === "object" ? "" : String(header).trim();
    if (name === "") name = `Column${column - rect.left + 1}`;
    let unique = name;
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${name}${n}`;
    used.add(unique.toLowerCase());
    names.push(unique);
  }
  return names;
}

function addTable(
  worksheet: ExcelJS.Worksheet,
  table: TableSpec,
  headerValues: ReadonlyMap<number, RawCell>,
): void {
  const rect = parseRect(table.range);
  if (!rect) return;
  const names = columnNames(table, headerValues);
  const totals = table.totalsRow === true ? 1 : 0;
  // Excel needs a data row under the header; the cells themselves are written afterwards.
  const dataRows = Math.max(1, rect.bottom - rect.top + 1 - 1 - totals);
  worksheet.addTable({
    name: table.name,
    ref: cellAddress(rect.top, rect.left),
    headerRow: true,
    totalsRow: totals === 1,
    style: {
      theme: table.style as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: table.bandedRows ?? true,
    },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: dataRows }, () => names.map(() => null)),
  });
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: WrittenSheet): void {
  const { meta } = sheet;
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: meta.state,
    ...(meta.tabColor !== undefined ? { properties: { tabColor: { argb: argbOf(meta.tabColor) } } } : {}),
    ...(meta.freeze !== undefined && (meta.freeze.rows > 0 || meta.freeze.columns > 0)
      ? { views: [{ state: "frozen" as const, xSplit: meta.freeze.columns, ySplit: meta.freeze.rows }] }
      : {}),
  });
  // Tables first: exceljs writes a table's header and rows into the cells, then the real cells go
  // over them — except the header, whose text must stay the column names Excel checks against.
  const headers = new Set<number>();
  for (const table of meta.tables) {
    const rect = parseRect(table.range);
    if (rect)
      for (let column = rect.left; column <= rect.right; column++) headers.add(cellKey(rect.top, column));
  }
  const headerValues = new Map<number, RawCell>();
  if (headers.size > 0) {
    for (const cell of sheet.cells) {
      const key = cellKey(cell.row, cell.column);
      if (headers.has(key)) headerValues.set(key, cell.value);
    }
  }
  for (const table of meta.tables) addTable(worksheet, table, headerValues);
  for (const cell of sheet.cells) {
    if (headers.size > 0 && headers.has(cellKey(cell.row, cell.column))) continue;
    const target = worksheet.getCell(cell.row, cell.column);
    target.value =
      cell.formula !== undefined ? formulaValue({ ...cell, formula: cell.formula }) : excelValue(cell.value);
  }
  for (const [key, format] of meta.numberFormats) {
    const { row, column } = positionOfKey(key);
    worksheet.getCell(row, column).numFmt = format;
  }
  for (const [key, style] of meta.styles) {
    const { row, column } = positionOfKey(key);
    applyStyle(worksheet.getCell(row, column), style);
  }
  for (const [column, width] of meta.columnWidths) worksheet.getColumn(column).width = width;
  let priority = 1;
  for (const format of meta.conditionalFormats) {
    const rules = xlsxRulesOf(format).map((rule) => ({ ...rule, priority: priority++ }));
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: rules as unknown as ExcelJS.ConditionalFormattingRule[],
    });
  }
  const validations = (
    worksheet as unknown as { dataValidations: { add(range: string, rule: unknown): void } }
  ).dataValidations;
  for (const validation of meta.dataValidations) {
    for (const part of validation.range.trim().split(/\s+/))
      validations.add(part, xlsxValidationOf(validation));
  }
  for (const merge of meta.merges) {
    const rect = parseRect(merge);
    // A merge over a single cell is no merge; exceljs would refuse one.
    if (rect && [...cellsOf(rect)].length > 1) worksheet.mergeCells(merge);
  }
}

/**
 * The .xlsx bytes of a workbook: its sheets in order, then the very hidden settings sheet. Dates
 * are 1900-system serials (a 1904-system file was converted on read).
 *
 * @example
 * const bytes = await writeXlsx([{ name: "Sheet1", meta: emptySheetMeta(), cells: [] }], new Map());
 */
export async function writeXlsx(
  sheets: readonly WrittenSheet[],
  settings: ReadonlyMap<string, SettingValue>,
): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = "CreditKit";
  for (const sheet of sheets) writeSheet(workbook, sheet);
  const rows = settingsRows(settings);
  if (rows.length > 0) {
    const hidden = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    rows.forEach((row, r) => row.forEach((text, c) => (hidden.getCell(r + 1, c + 1).value = text)));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
