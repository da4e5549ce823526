/**
 * What a sheet has besides its cells, which HyperFormula does not keep: formats, tables, rules and
 * layout. The embedded workbook keeps it per sheet and writes it to .xlsx.
 */
import {
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type StyleSpec,
  type TableSpec,
} from "../../core/report";

/** Font, fill and alignment of one cell (a {@link StyleSpec} without its range). */
export type CellStyle = Omit<StyleSpec, "range">;

/** A conditional format read from a file that CreditKit does not model: exceljs rules, kept as read. */
export interface XlsxConditionalFormat {
  readonly kind: "xlsx";
  readonly range: string;
  readonly rules: readonly Record<string, unknown>[];
}

/** A conditional format of a sheet. */
export type SheetConditionalFormat = ConditionalFormatSpec | XlsxConditionalFormat;

/** A data validation read from a file that CreditKit does not model: the exceljs rule, kept as read. */
export interface XlsxDataValidation {
  readonly range: string;
  readonly xlsx: Record<string, unknown>;
}

/** A data validation of a sheet. */
export type SheetDataValidation = DataValidationSpec | XlsxDataValidation;

/**
 * True when a validation is one read from a file as is.
 *
 * @example
 * isXlsxValidation({ range: "B2", xlsx: { type: "date" } }); // true
 */
export function isXlsxValidation(rule: SheetDataValidation): rule is XlsxDataValidation {
  return "xlsx" in rule;
}

/** A formula as read from a file: written back as read while nobody changed the cell. */
export interface SourceFormula {
  /** The text in the file (with `_xlfn.` prefixes and the like), without `=`. */
  readonly text: string;
  /** HyperFormula's text of the cell right after loading, to notice an edit. */
  readonly loadedAs: string;
}

/** A sheet's metadata. Per-cell maps are keyed by `cellKey(row, column)`. */
export interface SheetMeta {
  state: "visible" | "hidden" | "veryHidden";
  tabColor?: string;
  readonly numberFormats: Map<number, string>;
  readonly styles: Map<number, CellStyle>;
  tables: TableSpec[];
  conditionalFormats: SheetConditionalFormat[];
  dataValidations: SheetDataValidation[];
  readonly columnWidths: Map<number, number>;
  merges: string[];
  freeze?: { readonly rows: number; readonly columns: number };
  /** Formulas HyperFormula cannot calculate: the file's text; the cell holds the value saved with it. */
  readonly keptFormulas: Map<number, string>;
  readonly sourceFormulas: Map<number, SourceFormula>;
}

/**
 * Metadata of a sheet with nothing but cells.
 *
 * @example
 * emptySheetMeta().tables; // []
 */
export function emptySheetMeta(): SheetMeta {
  return {
    state: "visible",
    numberFormats: new Map(),
    styles: new Map(),
    tables: [],
    conditionalFormats: [],
    dataValidations: [],
    columnWidths: new Map(),
    merges: [],
    keptFormulas: new Map(),
    sourceFormulas: new Map(),
  };
}
