import { type CreditError, creditError, isCreditError } from "../../core/errors";
import { isBlank } from "./blank";
import { readDate } from "./dateArg";
import { describeValue, readNumber } from "./numberArg";

/**
 * A range argument as rows. Excel hands ranges over as rows of cells; a single value typed in
 * the formula is a 1×1 range.
 *
 * @example
 * toRows([[1, 2], [3, 4]]); // [[1, 2], [3, 4]]
 * toRows(5); // [[5]]
 * toRows(null); // []
 */
export function toRows(value: unknown): readonly (readonly unknown[])[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    if (value.every((row) => Array.isArray(row))) return value as unknown[][];
    // A flat list (the embedded host's array literal) is one row.
    return [value];
  }
  return [[value]];
}

/** Where a cell sits inside a range argument, for messages: 1-based item, row and column. */
function position(arg: string, rowIndex: number, columnIndex: number, width: number, value: unknown) {
  return {
    arg,
    index: rowIndex * width + columnIndex + 1,
    row: rowIndex + 1,
    column: columnIndex + 1,
    value: describeValue(value),
  };
}

function itemError(
  error: CreditError,
  arg: string,
  r: number,
  c: number,
  width: number,
  cell: unknown,
): CreditError {
  const id =
    error.id === "argNotFinite" ? "itemNotFinite" : error.id.startsWith("date") ? error.id : "itemNotNumber";
  return creditError(error.code, id, { ...error.params, ...position(arg, r, c, width, cell) });
}

/**
 * The numbers of a range in reading order (row by row), with blanks kept as `null` so that
 * positions still line up with a parallel range (scores with weights, amounts with dates).
 *
 * @example
 * numbersKeepingBlanks([[1, ""], ["2,000", null]], "scores"); // [1, null, 2000, null]
 */
export function numbersKeepingBlanks(value: unknown, arg: string): (number | null)[] | CreditError {
  const rows = toRows(value);
  const out: (number | null)[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && Number.isFinite(cell)) {
        out.push(cell);
        continue;
      }
      const read = readNumber(cell, arg);
      if (isCreditError(read)) return itemError(read, arg, r, c, row.length, cell);
      out.push(read);
    }
  }
  return out;
}

/**
 * The numbers of a range in reading order, blanks skipped.
 *
 * @example
 * numbersSkippingBlanks([[1], [""], [3]], "sales"); // [1, 3]
 */
export function numbersSkippingBlanks(value: unknown, arg: string): number[] | CreditError {
  const all = numbersKeepingBlanks(value, arg);
  if (isCreditError(all)) return all;
  return all.filter((x): x is number => x !== null);
}

/**
 * The numbers of a range keeping its shape (rows × columns), blanks as `null`.
 *
 * @example
 * numberMatrix([[4, 5], [3, ""]], "ratings"); // [[4, 5], [3, null]]
 */
export function numberMatrix(value: unknown, arg: string): (number | null)[][] | CreditError {
  const rows = toRows(value);
  const out: (number | null)[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cells: (number | null)[] = [];
    for (let c = 0; c < row.length; c++) {
      const read = readNumber(row[c], arg);
      if (isCreditError(read)) return itemError(read, arg, r, c, row.length, row[c]);
      cells.push(read);
    }
    out.push(cells);
  }
  return out;
}

/**
 * The dates of a range in reading order (serials or date text), blanks kept as `null`.
 *
 * @example
 * datesKeepingBlanks([["2026-10-31"], [46300]], "due_dates"); // [46326, 46300]
 */
export function datesKeepingBlanks(value: unknown, arg: string): (number | null)[] | CreditError {
  const rows = toRows(value);
  const out: (number | null)[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && cell >= 1 && cell < 2958466) {
        out.push(cell);
        continue;
      }
      const read = readDate(cell, arg);
      if (isCreditError(read)) {
        const id = read.id === "argNotDate" || read.id === "argNotDateSerial" ? "itemNotDate" : read.id;
        return creditError(read.code, id, { ...read.params, ...position(arg, r, c, row.length, cell) });
      }
      out.push(read);
    }
  }
  return out;
}

/**
 * The non-blank texts of one or more ranges in reading order (grades, labels); numbers are read
 * as their text, TRUE/FALSE refused.
 *
 * @example
 * textsSkippingBlanks([[["A", ""], ["b", "C"]]], "grades"); // ["A", "b", "C"]
 */
export function textsSkippingBlanks(values: readonly unknown[], arg: string): string[] | CreditError {
  const out: string[] = [];
  for (const value of values) {
    const rows = toRows(value);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (isBlank(cell) || (typeof cell === "string" && cell.trim() === "")) continue;
        if (typeof cell === "string") out.push(cell.trim());
        else if (typeof cell === "number" && Number.isFinite(cell)) out.push(String(cell));
        else return creditError("#VALUE!", "itemNotText", position(arg, r, c, row.length, cell));
      }
    }
  }
  return out;
}

/**
 * A two-column range of (key, value) rows, blank rows skipped. A range two rows high and more
 * than two columns wide is read sideways, so a policy can be laid out either way.
 *
 * @example
 * pairsArg([["round_to", 500], ["multiplier_A", 1.5]], "policy"); // [["round_to", 500], ["multiplier_A", 1.5]]
 */
export function pairsArg(value: unknown, arg: string): [unknown, unknown][] | CreditError {
  let rows = toRows(value);
  const width = rows[0]?.length ?? 0;
  if (rows.length === 2 && width > 2) {
    rows = Array.from({ length: width }, (_, c) => [rows[0]?.[c], rows[1]?.[c]]);
  }
  const out: [unknown, unknown][] = [];
  for (const row of rows) {
    if (row.length !== 2) {
      return creditError("#VALUE!", "argNotTwoColumns", { arg, columns: row.length });
    }
    if (isBlank(row[0]) && isBlank(row[1])) continue;
    out.push([row[0], row[1]]);
  }
  return out;
}
