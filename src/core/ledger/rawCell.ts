/**
 * A cell value as a host reads it (the same shape as the host port's `RawCell`, defined here because the core
 * depends on nothing outside it): numbers (dates as 1900-system serials), text, booleans, `null` for a blank,
 * and Excel errors as `{ error: "#N/A" }` so a rejection can name the error instead of reading it as text.
 *
 * @example
 * const row: RawCell[] = ["ACME", 41306, 1250.5, null, { error: "#N/A" }];
 */
export type RawCell = number | string | boolean | null | { readonly error: string };

/**
 * True when a cell holds an Excel error such as `#N/A` or `#REF!`.
 *
 * @example
 * isErrorCell({ error: "#N/A" }); // true
 * isErrorCell("#N/A"); // false (text that merely looks like an error)
 */
export function isErrorCell(cell: RawCell | undefined): cell is { readonly error: string } {
  return typeof cell === "object" && cell !== null;
}

/**
 * True for a cell a person would call empty: missing, `null`, or text of only spaces. Zero is not blank here;
 * the date and amount readers decide what a 0 means for their column (DESIGN §2).
 *
 * @example
 * isBlankCell("  "); // true
 * isBlankCell(0); // false
 */
export function isBlankCell(cell: RawCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === "string" && cell.trim() === "";
}
