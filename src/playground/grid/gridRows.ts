/**
 * The rows and columns the grid shows for a sheet: the used range and some room beyond it to type in,
 * as an empty spreadsheet has, and the address of a grid position.
 */
import { columnLetters } from "../../core/report";
import { type RawCell } from "../../host/port";
import { type SheetGrid } from "../workbook/sheetGrid";

/** One grid row: its 1-based sheet row and its cells from column A. */
export interface GridRow {
  readonly r: number;
  readonly cells: readonly RawCell[];
}

/** Rows and columns beyond the used range, and the least the grid shows of an empty sheet. */
const SPARE_ROWS = 50;
const SPARE_COLUMNS = 4;
const MIN_ROWS = 100;
const MIN_COLUMNS = 12;

/**
 * The grid rows of a sheet (the used range and spare rows).
 *
 * @example
 * gridRows(grid).length; // grid.rowCount + 50, at least 100
 */
export function gridRows(grid: SheetGrid): GridRow[] {
  const count = Math.max(MIN_ROWS, grid.rowCount + SPARE_ROWS);
  return Array.from({ length: count }, (_, i) => ({ r: i + 1, cells: grid.rows[i] ?? [] }));
}

/**
 * The column letters the grid shows (the used columns and spare ones).
 *
 * @example
 * gridColumns(0); // ["A", …, "L"]
 */
export function gridColumns(columnCount: number): string[] {
  const count = Math.max(MIN_COLUMNS, columnCount + SPARE_COLUMNS);
  return Array.from({ length: count }, (_, i) => columnLetters(i + 1));
}
