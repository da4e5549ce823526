import { type RawCell } from "../rawCell";

/**
 * A cell as the text a user would recognise in a message: numbers as written by JavaScript, errors by their
 * Excel name, booleans as TRUE / FALSE, blanks as "".
 *
 * @example
 * cellText({ error: "#N/A" }); // "#N/A"
 * cellText(1234.5); // "1234.5"
 */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell.error;
}
