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
  const located = locatedTexts(values, arg);
  return isCreditError(located) ? located : located.values;
}

/**
 * {@link textsSkippingBlanks} with the place of each text: its item number counts every cell of
 * every range in order, blanks included, so a message names the cell the user sees.
 *
 * @example
 * locatedTexts([[["A", "", "E"]]], "grades"); // { values: ["A", "E"], places: [{ index: 1 … }, { index: 3 … }] }
 */
export function locatedTexts(
  values: readonly unknown[],
  arg: string,
): { values: string[]; places: CellPlace[] } | CreditError {
  const out: string[] = [];
  const places: CellPlace[] = [];
  let flat = 0;
  for (const value of values) {
    const rows = toRows(value);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        flat++;
        if (isBlank(cell) || (typeof cell === "string" && cell.trim() === "")) continue;
        if (typeof cell === "string") out.push(cell.trim());
        else if (typeof cell === "number" && Number.isFinite(cell)) out.push(String(cell));
        else
          return creditError("#VALUE!", "itemNotText", {
            ...position(arg, r, c, row.length, cell),
            index: flat,
          });
        places.push({ index: flat, row: r + 1, column: c + 1 });
      }
    }
  }
  return { values: out, places };
}

/**
 * A two-column range of (key, value) rows, blank rows skipped. A range two rows high and more
 * than two columns wide is read sideways, so a policy can be laid out either way.
 *
 * @example
 * pairsArg([["round_to", 500], ["multiplier_A", 1.5]], "policy"); // [["round_to", 500], ["multiplier_A", 1.5]]
 */
export function pairsArg(value: unknown, arg: string): [unknown, unknown][] | CreditError {
  const located = locatedPairs(value, arg);
  return isCreditError(located) ? located : located.pairs;
}

/**
 * {@link pairsArg} with the 1-based row (or, read sideways, column) of each pair in the range, so a
 * message can name the row the user sees even when blank rows were skipped.
 *
 * @example
 * locatedPairs([["a", 1], ["", ""], ["b", 2]], "policy"); // { pairs: [["a", 1], ["b", 2]], rows: [1, 3] }
 */
export function locatedPairs(
  value: unknown,
  arg: string,
): { pairs: [unknown, unknown][]; rows: number[] } | CreditError {
  let rows = toRows(value);
  const width = rows[0]?.length ?? 0;
  if (rows.length === 2 && width > 2) {
    rows = Array.from({ length: width }, (_, c) => [rows[0]?.[c], rows[1]?.[c]]);
  }
  const pairs: [unknown, unknown][] = [];
  const rowNumbers: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.length !== 2) {
      return creditError("#VALUE!", "argNotTwoColumns", { arg, columns: row.length });
    }
    const [key, setting] = row;
    const blank = (x: unknown) => isBlank(x) || (typeof x === "string" && x.trim() === "");
    if (blank(key) && blank(setting)) continue;
    pairs.push([key, setting]);
    rowNumbers.push(r + 1);
  }
  return { pairs, rows: rowNumbers };
}

/** Where a value kept from a range argument sits in that range: 1-based item (reading order), row, column. */
export interface CellPlace {
  readonly index: number;
  readonly row: number;
  readonly column: number;
}

/**
 * The places of the cells of a range in reading order, for the cells `keep` accepts.
 *
 * @example
 * placesOf([[1, ""], [3, 4]], (_cell, i) => i !== 1); // [{index 1, row 1, column 1}, {index 3, …}, {index 4, …}]
 */
export function placesOf(value: unknown, keep: (cell: unknown, flatIndex: number) => boolean): CellPlace[] {
  const rows = toRows(value);
  const places: CellPlace[] = [];
  let flat = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (keep(row[c], flat)) places.push({ index: flat + 1, row: r + 1, column: c + 1 });
      flat++;
    }
  }
  return places;
}

/**
 * A core error about the n-th value of a list that skipped blanks, re-aimed at the cell of the range
 * the user sees: its `position` / `index` become the place in the range, with row and column.
 * Errors about other lists (another `arg`) or with no position pass through unchanged.
 *
 * @example
 * locateError(creditError("#VALUE!", "itemNegative", { arg: "monthlySales", position: 2 }), places, "monthlySales");
 */
export function locateError(error: CreditError, places: readonly CellPlace[], coreArg?: string): CreditError {
  if (coreArg !== undefined && error.params.arg !== undefined && error.params.arg !== coreArg) return error;
  const key =
    typeof error.params.position === "number"
      ? "position"
      : typeof error.params.index === "number"
        ? "index"
        : null;
  if (key === null) return error;
  const place = places[(error.params[key] as number) - 1];
  if (!place) return error;
  return creditError(error.code, error.id, {
    ...error.params,
    [key]: place.index,
    row: place.row,
    column: place.column,
  });
}

/**
 * The numbers of a range in reading order with blanks skipped, and the place of each in the range.
 *
 * @example
 * locatedNumbers([[100], [""], [-5]], "monthly_sales"); // { values: [100, -5], places: [{index 1…}, {index 3…}] }
 */
export function locatedNumbers(
  value: unknown,
  arg: string,
): { values: number[]; places: CellPlace[] } | CreditError {
  const all = numbersKeepingBlanks(value, arg);
  if (isCreditError(all)) return all;
  const places = placesOf(value, (_cell, i) => all[i] !== null && all[i] !== undefined);
  return { values: all.filter((x): x is number => x !== null), places };
}
