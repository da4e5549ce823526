import { CellError, EmptyValue, SimpleRangeValue } from "hyperformula";

/** A converted argument list, or the first error value found in the arguments. */
export type ExcelArgs =
  { readonly ok: true; readonly args: unknown[] } | { readonly ok: false; readonly error: CellError };

/** HyperFormula's extended numbers (dates, percentages, currency) carry the plain number in `val`. */
function plainScalar(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (typeof value === "object" && value !== null && "val" in value) return value.val;
  return value;
}

/** Rows of plain values, or the first error cell in reading order. */
function plainRows(range: SimpleRangeValue): unknown[][] | CellError {
  const rows: unknown[][] = [];
  for (const row of range.rawData()) {
    const out: unknown[] = [];
    for (const cell of row) {
      if (cell instanceof CellError) return cell;
      out.push(plainScalar(cell));
    }
    rows.push(out);
  }
  return rows;
}

/**
 * The arguments of a CREDIT function as Excel hands them to a custom function: numbers (dates and
 * percentages as plain numbers), text, booleans, `null` for a blank or an omitted argument, and
 * ranges or array constants as rows. An error value anywhere in the arguments is returned instead:
 * Excel does not call a custom function with an error argument, it shows that error.
 * `emptyArguments[i]` marks an argument left empty in the formula (`CREDIT.LIMIT(a,b,c,,d)`), which
 * Excel passes as omitted even where HyperFormula would make it a one-cell range.
 *
 * @example
 * excelArgs([72, EmptyValue], [false, false]); // { ok: true, args: [72, null] }
 */
export function excelArgs(values: readonly unknown[], emptyArguments: readonly boolean[]): ExcelArgs {
  const args: unknown[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value instanceof CellError) return { ok: false, error: value };
    if (emptyArguments[i] === true) {
      args.push(null);
    } else if (value instanceof SimpleRangeValue) {
      const rows = plainRows(value);
      if (rows instanceof CellError) return { ok: false, error: rows };
      args.push(rows);
    } else {
      args.push(plainScalar(value));
    }
  }
  return { ok: true, args };
}
