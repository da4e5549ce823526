/**
 * A report sheet described as data (DESIGN §1): what to write, where, and how it looks. The core
 * lays reports out as a SheetSpec; a host (Office.js in Excel, HyperFormula + xlsx in the
 * playground and the CLI) writes it. Addresses are A1-style and relative to the sheet.
 */

/** A cell to write: a value, a blank (`null`) or a formula. */
export type CellInput = number | string | boolean | null | { readonly formula: string };

/** A rectangle of cells written from `topLeft` (e.g. "A5") row by row. */
export interface CellBlock {
  readonly topLeft: string;
  readonly rows: readonly (readonly CellInput[])[];
}

/** An Excel number format over a range, e.g. `#,##0.00` or `0.0%` or `yyyy-mm-dd`. */
export interface NumberFormatSpec {
  readonly range: string;
  readonly format: string;
}

/** Font and fill over a range. Colours are `#RRGGBB`. */
export interface StyleSpec {
  readonly range: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly fill?: string;
  readonly horizontalAlignment?: "left" | "center" | "right";
  readonly wrapText?: boolean;
}

/** An Excel table (ListObject) over a range whose first row is the header. */
export interface TableSpec {
  readonly name: string;
  readonly range: string;
  /** Built-in style, e.g. "TableStyleMedium2". */
  readonly style: string;
  readonly totalsRow?: boolean;
  readonly bandedRows?: boolean;
}

/** Conditional formats a report uses. */
export type ConditionalFormatSpec =
  | {
      readonly kind: "colorScale";
      readonly range: string;
      /** Colours at the minimum, (optional) midpoint and maximum. */
      readonly minColor: string;
      readonly midColor?: string;
      readonly maxColor: string;
    }
  | { readonly kind: "dataBar"; readonly range: string; readonly color: string }
  | {
      readonly kind: "cellValue";
      readonly range: string;
      readonly operator:
        "greaterThan" | "lessThan" | "between" | "equalTo" | "greaterThanOrEqual" | "lessThanOrEqual";
      readonly formula1: string;
      readonly formula2?: string;
      readonly fill?: string;
      readonly fontColor?: string;
    };

/** A chart placed over cells. */
export interface ChartSpec {
  readonly kind: "barStacked" | "columnStacked" | "columnClustered" | "barClustered" | "pie" | "line";
  /** Source data including the header row and label column. */
  readonly sourceRange: string;
  readonly seriesBy: "columns" | "rows";
  readonly title: string;
  /** Top-left cell of the chart. */
  readonly anchor: string;
  /** Size in points. */
  readonly width: number;
  readonly height: number;
}

/** An input rule over a range (scorecard score cells). */
export interface DataValidationSpec {
  readonly range: string;
  readonly rule:
    | { readonly kind: "wholeNumber" | "decimal"; readonly min: number; readonly max: number }
    | { readonly kind: "list"; readonly values: readonly string[] };
  /** Shown when the rule refuses an entry. */
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly prompt?: string;
}

/** A column's width in characters of the default font. */
export interface ColumnWidthSpec {
  /** 1-based column number. */
  readonly column: number;
  readonly width: number;
}

/** Everything about one sheet CreditKit writes. */
export interface SheetSpec {
  /** Sheet name: at most 31 characters, none of `[]:*?/\`. */
  readonly name: string;
  readonly tabColor?: string;
  readonly blocks: readonly CellBlock[];
  readonly numberFormats?: readonly NumberFormatSpec[];
  readonly styles?: readonly StyleSpec[];
  readonly tables?: readonly TableSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  readonly charts?: readonly ChartSpec[];
  readonly dataValidations?: readonly DataValidationSpec[];
  readonly columnWidths?: readonly ColumnWidthSpec[];
  readonly merges?: readonly string[];
  /** Rows and columns kept in view while scrolling. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
}

/** Characters Excel does not allow in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/**
 * Why a sheet name is not acceptable to Excel, or null when it is.
 *
 * @example
 * sheetNameProblem("Aging 2026-10-31"); // null
 * sheetNameProblem("Aging 2026/10/31"); // "forbiddenCharacter"
 */
export function sheetNameProblem(
  name: string,
): "empty" | "tooLong" | "forbiddenCharacter" | "apostropheEdge" | "reserved" | null {
  if (name.trim() === "") return "empty";
  if (name.length > 31) return "tooLong";
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) return "forbiddenCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostropheEdge";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

/**
 * Number of cells a spec writes (for progress and payload sizing).
 *
 * @example
 * cellCount({ name: "S", blocks: [{ topLeft: "A1", rows: [[1, 2], [3, 4]] }] }); // 4
 */
export function cellCount(spec: SheetSpec): number {
  let n = 0;
  for (const block of spec.blocks) for (const row of block.rows) n += row.length;
  return n;
}
