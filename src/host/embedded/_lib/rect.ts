import { cellAddress, parseCellAddress, rangeAddress } from "../../../core/report";

/** A rectangle of cells, 1-based and inclusive, as an A1 range names it. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The rectangle of an A1 cell or range (`"B2"`, `"A1:C3"`, `"$A$1:$C$3"`, corners in any order),
 * or null when it is not one.
 *
 * @example
 * parseRect("A1:C3"); // { top: 1, left: 1, bottom: 3, right: 3 }
 */
export function parseRect(range: string): Rect | null {
  const parts = range.trim().split(":");
  if (parts.length > 2) return null;
  const first = parseCellAddress(parts[0] ?? "");
  const second = parts.length === 2 ? parseCellAddress(parts[1] ?? "") : first;
  if (!first || !second) return null;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
}

/**
 * The A1 text of a rectangle ("B5" for one cell).
 *
 * @example
 * rectAddress({ top: 1, left: 1, bottom: 3, right: 2 }); // "A1:B3"
 */
export function rectAddress(rect: Rect): string {
  return rangeAddress(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

/**
 * Every cell of a rectangle, row by row, as 1-based positions.
 *
 * @example
 * [...cellsOf({ top: 1, left: 1, bottom: 1, right: 2 })]; // [[1, 1], [1, 2]]
 */
export function* cellsOf(rect: Rect): Generator<readonly [number, number]> {
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) yield [row, column];
  }
}

/** Excel's column count: cell keys pack a row and a column into one number. */
const COLUMNS = 16_384;

/**
 * One number for a 1-based cell position, for per-cell maps.
 *
 * @example
 * cellKey(1, 1); // 0
 * cellKey(2, 3); // 16386
 */
export function cellKey(row: number, column: number): number {
  return (row - 1) * COLUMNS + (column - 1);
}

/**
 * The 1-based position of a {@link cellKey}.
 *
 * @example
 * positionOfKey(16386); // { row: 2, column: 3 }
 */
export function positionOfKey(key: number): { row: number; column: number } {
  return { row: Math.floor(key / COLUMNS) + 1, column: (key % COLUMNS) + 1 };
}

/**
 * The A1 address of a {@link cellKey}.
 *
 * @example
 * addressOfKey(16386); // "C2"
 */
export function addressOfKey(key: number): string {
  const { row, column } = positionOfKey(key);
  return cellAddress(row, column);
}
