import { type AgingBasis } from "../aging";
import { type DayOrder } from "../dates";
import { type ColumnMapping } from "./ledgerField";
import { type LedgerGroupBy, type LedgerItems } from "./ledgerItems";
import { type RawCell } from "./rawCell";

/**
 * How to read a ledger: the confirmed column mapping, where the header is, the as-of date and basis, the
 * grouping, and how to read dates and currencies.
 *
 * @example
 * const options: LedgerReaderOptions = { mapping: { customer: 0, dueDate: 1, amount: 2 }, headerRow: 0, asOf: 41639, basis: "due", groupBy: "customer" };
 */
export interface LedgerReaderOptions {
  readonly mapping: ColumnMapping;
  /** 0-based index (counted over all rows handed to `addRows`) of the header row; -1 when there is none. */
  readonly headerRow: number;
  /** Order of ambiguous text dates (`1/2/2013`); detected from the date columns when omitted or null. */
  readonly dayOrder?: DayOrder | null;
  /** Numbers in date columns are 1904-system serials (old Mac workbooks whose host did not convert them). */
  readonly date1904?: boolean;
  /** The as-of date, a 1900-system serial; its time of day is ignored. */
  readonly asOf: number;
  readonly basis: AgingBasis;
  readonly groupBy: LedgerGroupBy;
  /** Currency of rows without one (no currency column, or a blank cell); "" when omitted. */
  readonly defaultCurrency?: string;
  /** Header texts, to name columns in rejections; taken from the header row as it passes when omitted. */
  readonly headers?: readonly string[];
  /** 1-based sheet column of the rows' first cell, for column letters (default 1). */
  readonly firstColumn?: number;
  /** Rows the source has (the host's `SourceShape.rowCount`), so the item store is sized once, not grown. */
  readonly expectedRows?: number;
}

/**
 * A ledger read block by block, as the host reads it. Call `addRows` for every block in order, from the
 * source's first row (titles and header included: `headerRow` counts from there), then `finish` once.
 *
 * @example
 * reader.addRows(block.rows, block.firstRow);
 * const items = reader.finish();
 */
export interface LedgerReader {
  /** Reads one block; `firstSheetRow` is the 1-based sheet row of `rows[0]`. */
  addRows(rows: readonly (readonly RawCell[])[], firstSheetRow: number): void;
  /** The open items, rejections and notices. */
  finish(): LedgerItems;
}
