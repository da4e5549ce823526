import { type CreditError } from "../../core/errors";

/**
 * What a CREDIT function returns before it reaches a host: a scalar, a 2-D array (which spills),
 * or a {@link CreditError} that the host turns into an Excel error with a translated message.
 * Implementations return this and never throw; only the Office binding converts it.
 */
export type CellValue = number | string | boolean;

/** A scalar result or an error. */
export type CellResult = CellValue | CreditError;

/** A function's result: a scalar, an error, or a spilled table whose cells may be errors. */
export type FunctionResult = CellResult | CellResult[][];

/**
 * An argument as a host hands it over: a scalar, a blank (`null` or `""`), or a range as rows.
 * Excel passes `null` for an omitted optional argument and for a blank cell (sometimes `""` or 0).
 */
export type ArgValue = unknown;

/**
 * True when a function result is a spilled table.
 *
 * @example
 * isTable([[1, 2]]); // true
 * isTable(3); // false
 */
export function isTable(result: FunctionResult): result is CellResult[][] {
  return Array.isArray(result);
}
