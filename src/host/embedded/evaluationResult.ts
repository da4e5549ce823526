import { type CellValue, DetailedCellError } from "hyperformula";

/** One cell of an evaluated result: a value, a blank (`null`) or an error with its message. */
export type ResultCell =
  number | string | boolean | null | { readonly error: string; readonly message: string };

/**
 * What a formula evaluates to: one value, a spilled array, or an error (`#VALUE!`, `#N/A`, … and
 * HyperFormula's `#ERROR!` for a formula it cannot parse) with the message a user reads.
 */
export type EvaluationResult =
  | { readonly kind: "value"; readonly value: number | string | boolean | null }
  | { readonly kind: "array"; readonly rows: readonly (readonly ResultCell[])[] }
  | { readonly kind: "error"; readonly error: string; readonly message: string };

/**
 * A number as Excel shows it: 15 significant digits, so 0.1 + 0.2 is 0.3 and a CREDIT result of
 * 233,333.33333333334 is 233,333.333333333, while the tiniest numbers stay numbers.
 *
 * @example
 * excelDigits(0.1 + 0.2); // 0.3
 */
export function excelDigits(value: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(15)) : value;
}

/**
 * One HyperFormula cell value as a {@link ResultCell}.
 *
 * @example
 * resultCell(86); // 86
 */
export function resultCell(value: CellValue): ResultCell {
  if (value instanceof DetailedCellError) return { error: value.value, message: value.message ?? "" };
  return typeof value === "number" ? excelDigits(value) : value;
}

/**
 * A HyperFormula value or array as an {@link EvaluationResult}; a 1×1 array is its single value.
 *
 * @example
 * evaluationResult("B"); // { kind: "value", value: "B" }
 * evaluationResult([["Need", "Recommended"], [1000, 1000]]); // { kind: "array", rows: … }
 */
export function evaluationResult(value: CellValue | CellValue[][]): EvaluationResult {
  if (Array.isArray(value)) {
    const only = value.length === 1 && value[0]?.length === 1 ? value[0][0] : undefined;
    if (only === undefined) return { kind: "array", rows: value.map((row) => row.map(resultCell)) };
    return evaluationResult(only);
  }
  if (value instanceof DetailedCellError)
    return { kind: "error", error: value.value, message: value.message ?? "" };
  return { kind: "value", value: typeof value === "number" ? excelDigits(value) : value };
}
