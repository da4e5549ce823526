/**
 * A SheetSpec cell as Office.js receives it. `Range.values` and `Range.formulas` parse what they are
 * given the way Excel parses typing: "=…", "+…" and "-…" become formulas, "2026-10-31" a date,
 * "1-30" (an aging bucket label) the 30th of January, "00123" the number 123. Text that could be
 * read as anything but text is therefore written with Excel's quote prefix ('), which keeps it text
 * and is not part of the value.
 */
import { type CellInput } from "../../core/report";

/** An Office.js cell input: what `Range.values` / `Range.formulas` accept; null leaves the cell as it is. */
export type OfficeCell = string | number | boolean | null;

/**
 * Text that Excel might not keep as text: a leading sign, "=", "@", "'" or "#", a leading space,
 * any digit (numbers, dates, times, fractions, percentages, currency), or TRUE / FALSE. Generous on
 * purpose: the prefix is invisible in the cell, while a wrong conversion changes the data.
 */
const MIGHT_NOT_STAY_TEXT = /^[=+\-@'#\s]|\d|^(true|false)$/i;

/**
 * True when text must carry the quote prefix to stay text.
 *
 * @example
 * needsQuotePrefix("1-30"); // true: Excel would read a date
 * needsQuotePrefix("=HYPERLINK(\"x\")"); // true: Excel would read a formula
 * needsQuotePrefix("Not due"); // false
 */
export function needsQuotePrefix(text: string): boolean {
  return MIGHT_NOT_STAY_TEXT.test(text);
}

/**
 * The Office.js input of a spec cell: numbers and booleans as they are, text quote-prefixed when
 * needed, a formula as its text with a leading "=". A blank is null, which in a 2-D array means
 * "leave this cell alone": the sheet is new, so it stays empty, and a blank never erases a cell
 * another block of the spec wrote. A number that is not finite (the core never produces one) is
 * written as a blank rather than as text.
 *
 * @example
 * toOfficeCell(12.5); // 12.5
 * toOfficeCell("31-60"); // "'31-60"
 * toOfficeCell({ formula: "SUM(B2:B9)" }); // "=SUM(B2:B9)"
 * toOfficeCell(null); // null
 */
export function toOfficeCell(cell: CellInput): OfficeCell {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "string") return cell !== "" && needsQuotePrefix(cell) ? `'${cell}` : cell;
  return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
}

/**
 * True when a cell is a formula (the rows holding one are written through `Range.formulas`).
 *
 * @example
 * isFormula({ formula: "=A1" }); // true
 * isFormula("=A1"); // false: text, written quote-prefixed
 */
export function isFormula(cell: CellInput): cell is { readonly formula: string } {
  return typeof cell === "object" && cell !== null;
}
