/**
 * What a typed entry means and what an entry field shows for a cell, as in Excel: "=…" is a formula,
 * a plain number is a number, TRUE/FALSE are booleans, anything else is text; editing a cell starts
 * from its formula, or from its value written plainly.
 */
import { type CellContent } from "../../host/embedded";
import { type RawCell } from "../../host/port";

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The cell content of what a user typed.
 *
 * @example
 * cellContentOf("=CREDIT.GRADE(72)"); // "=CREDIT.GRADE(72)"
 * cellContentOf("72"); // 72
 * cellContentOf(""); // null
 */
export function cellContentOf(typed: string): CellContent {
  const text = typed.trim();
  if (text === "") return null;
  if (text.startsWith("=")) return text;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  // Text is kept as typed, spaces included: "  Acme" may matter to the user.
  return typed;
}

/**
 * The text an entry field starts from: the formula when there is one, else the value written plainly.
 *
 * @example
 * entryText("=CREDIT.GRADE(A2)", "B"); // "=CREDIT.GRADE(A2)"
 * entryText(undefined, 46326); // "46326"
 * entryText(undefined, { error: "#N/A" }); // "#N/A"
 */
export function entryText(formula: string | undefined, value: RawCell): string {
  if (formula !== undefined) return formula;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  return String(value);
}
