import { addressOfKey } from "./_lib/rect";
import { type CellStyle, type SheetMeta } from "./sheetMeta";

/** What a sheet has besides its cells, as SheetSpec-style lists (for the playground and tests). */
export interface SheetLayout {
  readonly state: SheetMeta["state"];
  readonly tabColor?: string;
  readonly numberFormats: readonly { readonly address: string; readonly format: string }[];
  readonly styles: readonly ({ readonly address: string } & CellStyle)[];
  readonly tables: SheetMeta["tables"];
  readonly conditionalFormats: SheetMeta["conditionalFormats"];
  readonly dataValidations: SheetMeta["dataValidations"];
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  readonly merges: readonly string[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
}

/** A per-cell map's entries row by row. */
function byCell<T>(map: ReadonlyMap<number, T>): [number, T][] {
  return [...map].sort(([a], [b]) => a - b);
}

/**
 * A copy of a sheet's metadata as lists, per-cell entries row by row.
 *
 * @example
 * sheetLayoutOf(emptySheetMeta()).tables; // []
 */
export function sheetLayoutOf(meta: SheetMeta): SheetLayout {
  return {
    state: meta.state,
    ...(meta.tabColor !== undefined ? { tabColor: meta.tabColor } : {}),
    numberFormats: byCell(meta.numberFormats).map(([key, format]) => ({
      address: addressOfKey(key),
      format,
    })),
    styles: byCell(meta.styles).map(([key, style]) => ({ address: addressOfKey(key), ...style })),
    tables: meta.tables.map((table) => ({ ...table })),
    conditionalFormats: [...meta.conditionalFormats],
    dataValidations: [...meta.dataValidations],
    columnWidths: [...meta.columnWidths].map(([column, width]) => ({ column, width })),
    merges: [...meta.merges],
    ...(meta.freeze !== undefined ? { freeze: { ...meta.freeze } } : {}),
  };
}
