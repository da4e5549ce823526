/**
 * A1-style addresses for report layouts. Reports are laid out as data (a SheetSpec) before any
 * host writes them, so the core needs to name cells and ranges itself.
 */

/** Excel's last column (XFD) and row. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/**
 * Column letters of a 1-based column number.
 *
 * @example
 * columnLetters(1); // "A"
 * columnLetters(28); // "AB"
 * columnLetters(16384); // "XFD"
 */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * 1-based column number of column letters (case-insensitive), or 0 when they are not letters.
 *
 * @example
 * columnNumber("AB"); // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return 0;
    n = n * 26 + (code - 64);
  }
  return n;
}

/** A cell position, 1-based. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * The A1 address of a 1-based row and column.
 *
 * @example
 * cellAddress(2, 3); // "C2"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * Position of an A1 address (`$` allowed), or null when it is not one.
 *
 * @example
 * parseCellAddress("$C$2"); // { row: 2, column: 3 }
 */
export function parseCellAddress(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const column = columnNumber(match[1] ?? "");
  const row = Number(match[2]);
  if (column < 1 || column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return null;
  return { row, column };
}

/**
 * The A1 address of a rectangle given its top-left cell and size.
 *
 * @example
 * rangeAddress(1, 1, 3, 2); // "A1:B3"
 * rangeAddress(5, 2, 1, 1); // "B5"
 */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const topLeft = cellAddress(row, column);
  if (rowCount === 1 && columnCount === 1) return topLeft;
  return `${topLeft}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}
