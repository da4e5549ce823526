/** Cells as Office.js returns them (`values` + `valueTypes`) turned into the port's RawCell. */
import { type RawCell } from "../port";

/**
 * The RawCell of one cell. Errors arrive as their text in `values` ("#N/A"), so only `valueTypes`
 * tells "#N/A" the error from "#N/A" typed as text; blanks arrive as "". Dates arrive as serials
 * already (Range.values never returns a Date).
 *
 * @example
 * toRawCell("#N/A", "Error"); // { error: "#N/A" }
 * toRawCell("#N/A", "String"); // "#N/A"
 * toRawCell("", "Empty"); // null
 * toRawCell(46326, "Double"); // 46326
 */
export function toRawCell(value: unknown, valueType: string | undefined): RawCell {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  // Anything else (a rich value that has no primitive form) reads as blank rather than as "[object]".
  return null;
}

/**
 * The RawCell rows of a loaded range.
 *
 * @example
 * toRawRows([[1, "", "#DIV/0!"]], [["Double", "Empty", "Error"]]); // [[1, null, { error: "#DIV/0!" }]]
 */
export function toRawRows(
  values: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly string[])[],
): RawCell[][] {
  return values.map((row, r) => {
    const types = valueTypes[r] ?? [];
    return row.map((value, c): RawCell => toRawCell(value, types[c]));
  });
}
