import { parseDateText } from "../../dates";
import { isCreditError } from "../../errors";
import { parseNumberText } from "../../numbers";
import { type RawCell, isBlankCell } from "../rawCell";
import { readTermsValue } from "./readTermsText";

/**
 * What kind of values a field expects, to check a header guess against the data below it.
 *
 * @example
 * const kind: ColumnKind = "date";
 */
export type ColumnKind = "date" | "amount" | "days" | "any";

/** Data rows looked at per column to check its kind. */
const SAMPLE_ROWS = 20;

function fits(cell: RawCell, kind: ColumnKind): boolean {
  if (kind === "any") return true;
  if (typeof cell === "number") return true; // serial dates, amounts and days are all numbers in a sheet
  if (typeof cell !== "string") return false;
  if (kind === "amount") return parseNumberText(cell) !== null;
  if (kind === "days") return readTermsValue(cell) !== null;
  return !isCreditError(parseDateText(cell, "mdy")) || !isCreditError(parseDateText(cell, "dmy"));
}

/**
 * Share (0–1) of the non-blank cells below the header, in column `column`, that fit `kind`; `null` when the
 * sample has no value at all (a header-only sheet gives no evidence either way).
 *
 * @example
 * kindShare([["Amount"], [12.5], ["n/a"]], 1, 0, "amount"); // 0.5
 */
export function kindShare(
  rows: readonly (readonly RawCell[])[],
  firstDataRow: number,
  column: number,
  kind: ColumnKind,
): number | null {
  let seen = 0;
  let fitting = 0;
  for (let r = firstDataRow; r < rows.length && seen < SAMPLE_ROWS; r++) {
    const cell = rows[r]?.[column];
    if (cell === undefined || isBlankCell(cell)) continue;
    seen += 1;
    if (fits(cell, kind)) fitting += 1;
  }
  return seen === 0 ? null : fitting / seen;
}
