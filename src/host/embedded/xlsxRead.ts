/**
 * Reads an .xlsx file (exceljs) into plain sheets: cell contents for HyperFormula, the formulas
 * with the values Excel saved with them, and the metadata HyperFormula does not keep.
 */
import type ExcelJS from "exceljs";
import { type RawCellContent } from "hyperformula";
import { type TableSpec } from "../../core/report";
import { HostError, type RawCell, type SettingValue } from "../port";
import { hexOf } from "./_lib/argb";
import { type ExcelJsModule, loadExcelJs } from "./_lib/excelJs";
import { formulaContent, valueContent } from "./_lib/cellContent";
import { typedFormula } from "./_lib/excelFormulaText";
import { type Rect, cellKey, cellsOf, parseRect, rectAddress } from "./_lib/rect";
import { rawCellOfXlsx } from "./_lib/xlsxCellValue";
import { conditionalFormatsOfXlsx, dataValidationOfXlsx } from "./_lib/xlsxRules";
import { SETTINGS_SHEET, settingsFromRows } from "./settingsSheet";
import { type CellStyle, type SheetMeta, emptySheetMeta } from "./sheetMeta";

/** A formula cell as read. */
export interface ReadFormula {
  /** 1-based position. */
  readonly row: number;
  readonly column: number;
  /** The text in the file, without `=`. */
  readonly stored: string;
  /** The text HyperFormula is given, with `=`. */
  readonly typed: string;
  /** The value Excel saved with it. */
  readonly cached: RawCell;
}

/** A worksheet as read. */
export interface ReadSheet {
  readonly name: string;
  /** HyperFormula content from A1; formulas as `typed`. */
  readonly content: RawCellContent[][];
  readonly formulas: readonly ReadFormula[];
  readonly meta: SheetMeta;
}

/** A workbook as read. */
export interface ReadBook {
  readonly date1904: boolean;
  readonly sheets: readonly ReadSheet[];
  readonly settings: Map<string, SettingValue>;
  readonly warnings: readonly string[];
}

/** exceljs keeps these outside its typings. */
interface WorksheetInternals {
  _merges?: Record<string, { range?: string } | undefined>;
  conditionalFormattings?: { ref: string; rules: Record<string, unknown>[] }[];
  dataValidations?: { model?: Record<string, Record<string, unknown> | undefined> };
  tables?: Record<string, { table?: Record<string, unknown> } | undefined>;
}

function styleOf(cell: ExcelJS.Cell): CellStyle | undefined {
  const style: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  const fontColor = hexOf(font?.color);
  if (fontColor !== undefined) style.fontColor = fontColor;
  // 11 pt is the default font: recording it on every cell would only bloat the model.
  if (typeof font?.size === "number" && font.size !== 11) style.fontSize = font.size;
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: unknown } | undefined;
  const fillColor = fill?.type === "pattern" && fill.pattern === "solid" ? hexOf(fill.fgColor) : undefined;
  if (fillColor !== undefined) style.fill = fillColor;
  const alignment = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  const horizontal = alignment?.horizontal;
  if (horizontal === "left" || horizontal === "center" || horizontal === "right")
    style.horizontalAlignment = horizontal;
  if (alignment?.wrapText) style.wrapText = true;
  return Object.keys(style).length > 0 ? style : undefined;
}

/** Cells of one validation rule as rectangles: runs down a column, then as many equal columns as follow. */
function rectanglesOf(keys: readonly { row: number; column: number }[]): Rect[] {
  const left = new Set(keys.map((k) => `${k.row}:${k.column}`));
  const has = (row: number, column: number) => left.has(`${row}:${column}`);
  const rects: Rect[] = [];
  const sorted = [...keys].sort((a, b) => a.column - b.column || a.row - b.row);
  for (const { row, column } of sorted) {
    if (!has(row, column)) continue;
    let bottom = row;
    while (has(bottom + 1, column)) bottom++;
    let right = column;
    const columnFull = (c: number) => {
      for (let r = row; r <= bottom; r++) if (!has(r, c)) return false;
      return true;
    };
    while (columnFull(right + 1)) right++;
    const rect = { top: row, left: column, bottom, right };
    for (const [r, c] of cellsOf(rect)) left.delete(`${r}:${c}`);
    rects.push(rect);
  }
  return rects;
}

function readValidations(internals: WorksheetInternals, meta: SheetMeta): void {
  const model = internals.dataValidations?.model ?? {};
  // exceljs spreads one <dataValidation> over its cells as one shared object: group by identity.
  const groups = new Map<Record<string, unknown>, { row: number; column: number }[]>();
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    const rect = parseRect(address);
    if (!rect) continue;
    const cells = groups.get(rule) ?? [];
    for (const [row, column] of cellsOf(rect)) cells.push({ row, column });
    groups.set(rule, cells);
  }
  for (const [rule, cells] of groups) {
    for (const rect of rectanglesOf(cells))
      meta.dataValidations.push(dataValidationOfXlsx(rectAddress(rect), rule));
  }
}

function readTables(internals: WorksheetInternals, meta: SheetMeta): void {
  for (const entry of Object.values(internals.tables ?? {})) {
    const model = entry?.table;
    if (!model) continue;
    const range =
      typeof model.tableRef === "string"
        ? model.tableRef
        : typeof model.ref === "string"
          ? model.ref
          : undefined;
    if (typeof model.name !== "string" || range === undefined || !parseRect(range)) continue;
    const style = (model.style ?? {}) as { theme?: unknown; showRowStripes?: unknown };
    const table: TableSpec = {
      name: model.name,
      range,
      style: typeof style.theme === "string" ? style.theme : "TableStyleMedium2",
      totalsRow: model.totalsRow === true,
      bandedRows: style.showRowStripes === true,
    };
    meta.tables.push(table);
  }
}

function readLayout(worksheet: ExcelJS.Worksheet, internals: WorksheetInternals, meta: SheetMeta): void {
  meta.state = worksheet.state === "hidden" || worksheet.state === "veryHidden" ? worksheet.state : "visible";
  const tabColor = hexOf(worksheet.properties?.tabColor);
  if (tabColor !== undefined) meta.tabColor = tabColor;
  const view = worksheet.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === "frozen") meta.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  (worksheet.columns ?? []).forEach((column, index) => {
    if (typeof column.width === "number") meta.columnWidths.set(index + 1, column.width);
  });
  for (const merge of Object.values(internals._merges ?? {})) if (merge?.range) meta.merges.push(merge.range);
  for (const entry of internals.conditionalFormattings ?? [])
    meta.conditionalFormats.push(...conditionalFormatsOfXlsx(entry));
  readValidations(internals, meta);
  readTables(internals, meta);
}

function readSheet(worksheet: ExcelJS.Worksheet, types: ExcelJsModule["ValueType"]): ReadSheet {
  const meta = emptySheetMeta();
  const content: RawCellContent[][] = [];
  const formulas: ReadFormula[] = [];
  const spills: Rect[] = [];
  const put = (row: number, column: number, value: RawCellContent) => {
    const cells = (content[row - 1] ??= []);
    cells[column - 1] = value;
  };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // The other cells of a merge show the first one's value and look; exceljs reports them as
      // links to it (and copies its style onto them, which is not worth keeping twice).
      if (cell.type === types.Merge) return;
      const key = cellKey(rowNumber, columnNumber);
      if (cell.numFmt && cell.numFmt !== "General") meta.numberFormats.set(key, cell.numFmt);
      const style = styleOf(cell);
      if (style) meta.styles.set(key, style);
      if (cell.type === types.Formula) {
        const stored = cell.formula;
        const value = cell.value as { shareType?: string; ref?: string } | null;
        if (value?.shareType === "array" && typeof value.ref === "string") {
          const rect = parseRect(value.ref);
          if (rect) spills.push(rect);
        }
        const typed = formulaContent(typedFormula(stored));
        formulas.push({
          row: rowNumber,
          column: columnNumber,
          stored,
          typed,
          cached: rawCellOfXlsx(cell.result),
        });
        put(rowNumber, columnNumber, typed);
        return;
      }
      put(rowNumber, columnNumber, valueContent(rawCellOfXlsx(cell.value)));
    });
  });
  // The other cells of an array formula hold its saved results; HyperFormula recalculates and spills
  // them, and a value in the way would block the spill.
  for (const rect of spills) {
    for (const [row, column] of cellsOf(rect)) {
      if (row === rect.top && column === rect.left) continue;
      const cells = content[row - 1];
      if (cells && cells[column - 1] !== undefined) cells[column - 1] = null;
    }
  }
  for (let r = 0; r < content.length; r++) {
    const cells = (content[r] ??= []);
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  }
  readLayout(worksheet, worksheet as unknown as WorksheetInternals, meta);
  return { name: worksheet.name, content, formulas, meta };
}

function settingsOf(worksheet: ExcelJS.Worksheet) {
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = rawCellOfXlsx(cell.value);
    });
    rows[rowNumber - 1] = cells;
  });
  return settingsFromRows(rows.map((row) => row ?? []));
}

/**
 * Reads an .xlsx file. Dates become 1900-system serials (a 1904-system file is converted and says
 * so in `date1904`); cell errors are `{ error }`; formulas keep their file text and saved value.
 * The settings sheet is read into `settings` instead of becoming a sheet.
 *
 * @example
 * const book = await readXlsx(bytes);
 * book.sheets[0]?.name; // "Ledger"
 */
export async function readXlsx(data: Uint8Array): Promise<ReadBook> {
  const { Workbook, ValueType } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as never);
  } catch (error) {
    throw new HostError("fileUnreadable", {}, error instanceof Error ? error.message : String(error));
  }
  const sheets: ReadSheet[] = [];
  let settings = new Map<string, SettingValue>();
  const warnings: string[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name === SETTINGS_SHEET) {
      const read = settingsOf(worksheet);
      settings = read.settings;
      warnings.push(...read.warnings);
      continue;
    }
    sheets.push(readSheet(worksheet, ValueType));
  }
  const date1904 = (workbook.properties as { date1904?: unknown } | undefined)?.date1904 === true;
  return { date1904, sheets, settings, warnings };
}
