/**
 * The sources an aging run can read: the workbook's own sheets (never the report sheets CreditKit
 * wrote, nor hidden ones such as the settings sheet) and its Excel tables, each with a stable id the
 * dropdowns and the saved settings use.
 */
import { type SheetInfo, type SourceRef, type TableInfo } from "../../../../host";

/** A sheet or table the user can choose as a ledger or a customer master. */
export interface SourceOption {
  /** `sheet:<name>` or `table:<name>`: unique, because sheet and table names each are. */
  readonly id: string;
  readonly ref: SourceRef;
  /** The sheet's or the table's name, as the report's "Source" line names it. */
  readonly name: string;
  /** The sheet it is on (itself for a sheet). */
  readonly sheet: string;
}

/**
 * The id of a source reference.
 *
 * @example
 * sourceId({ kind: "table", table: "Ledger" }); // "table:Ledger"
 */
export function sourceId(ref: SourceRef): string {
  return ref.kind === "sheet" ? `sheet:${ref.sheet}` : `table:${ref.table}`;
}

/**
 * The sources to offer, sheets first in workbook order, then tables.
 *
 * @example
 * sourceOptions([{ name: "Ledger", rowCount: 9, columnCount: 5, visible: true, ownedByCreditKit: false }], []);
 * // [{ id: "sheet:Ledger", ref: { kind: "sheet", sheet: "Ledger" }, name: "Ledger", sheet: "Ledger" }]
 */
export function sourceOptions(sheets: readonly SheetInfo[], tables: readonly TableInfo[]): SourceOption[] {
  const usable = sheets.filter((sheet) => sheet.visible && !sheet.ownedByCreditKit);
  const owned = new Set(sheets.filter((sheet) => sheet.ownedByCreditKit).map((sheet) => sheet.name));
  return [
    ...usable.map((sheet) => option({ kind: "sheet", sheet: sheet.name }, sheet.name)),
    // A table on a report sheet is CreditKit's own output, not a ledger.
    ...tables
      .filter((table) => !owned.has(table.sheet))
      .map((table) => option({ kind: "table", table: table.name }, table.sheet)),
  ];
}

function option(ref: SourceRef, sheet: string): SourceOption {
  return { id: sourceId(ref), ref, name: ref.kind === "sheet" ? ref.sheet : ref.table, sheet };
}
