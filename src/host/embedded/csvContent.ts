import Papa from "papaparse";
import { type RawCell } from "../port";

/** A number written plainly: optional minus, digits without a leading zero, optional decimals. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function cellOf(text: string): RawCell {
  if (text === "") return null;
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

/**
 * The cells of a CSV file. Numbers written plainly (`1234.5`, `-3`) become numbers; everything else
 * stays text as written — dates, `1,234.50`, `00123` (an account number, whose zeros matter) — for
 * the ledger reader parses dates and amounts itself and reports what it cannot read. Empty fields
 * are blanks; blank lines inside the file stay (sheet row numbers must match the file's lines) but
 * trailing ones are dropped. The delimiter (comma, semicolon, tab, …) is detected.
 *
 * @example
 * csvCells("Customer,Amount\nAcme,1234.5\n"); // [["Customer", "Amount"], ["Acme", 1234.5]]
 */
export function csvCells(text: string): RawCell[][] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (source.trim() === "") return [];
  // Blank lines would spoil papaparse's delimiter guess, yet they must stay (they are sheet rows):
  // guess on the first lines without them, then read everything with that delimiter.
  const { delimiter } = Papa.parse<string[]>(source, { preview: 20, skipEmptyLines: true }).meta;
  const parsed = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map(cellOf));
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell === null)) rows.pop();
  return rows;
}
