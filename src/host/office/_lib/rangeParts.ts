/** A1 range addresses as the adapter needs them: row and column indexes and sizes. */
import { parseCellAddress } from "../../../core/report";

/** A rectangle of cells; `row` and `column` are 1-based. */
export interface RangeParts {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The part of an address after its sheet name (Excel returns `Sheet1!A1:B2`, `'My sheet'!A1`).
 *
 * @example
 * withoutSheet("'Q3 ledger'!A1:H20"); // "A1:H20"
 */
export function withoutSheet(address: string): string {
  // The cell part never contains "!", so the last one ends the (possibly quoted) sheet name.
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/**
 * The rectangle of an A1 address (`B3`, `B3:K200`, with or without a sheet name), or null.
 *
 * @example
 * parseRangeAddress("Sheet1!B3:K200"); // { row: 3, column: 2, rowCount: 198, columnCount: 10 }
 * parseRangeAddress("C:C"); // null (whole columns are not a block the adapter can size)
 */
export function parseRangeAddress(address: string): RangeParts | null {
  const parts = withoutSheet(address).split(":");
  if (parts.length > 2) return null;
  const start = parseCellAddress(parts[0] ?? "");
  const end = parts.length === 2 ? parseCellAddress(parts[1] ?? "") : start;
  if (!start || !end) return null;
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  return {
    row,
    column,
    rowCount: Math.max(start.row, end.row) - row + 1,
    columnCount: Math.max(start.column, end.column) - column + 1,
  };
}
