/**
 * Blank cells arrive as `null`, `undefined` or `""` depending on the platform (DESIGN §2);
 * an omitted optional argument arrives as `null`. All of them mean "no value".
 *
 * @example
 * isBlank(null); // true
 * isBlank(""); // true
 * isBlank(0); // false — a zero is a value
 */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/**
 * An argument that is a 1×1 range is the same as its single value: a user may type `"AAA"` or
 * point at a cell holding it.
 *
 * @example
 * unwrapSingle([["AAA"]]); // "AAA"
 * unwrapSingle([[1, 2]]); // [[1, 2]]
 */
export function unwrapSingle(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1) {
    const row: unknown = value[0];
    if (Array.isArray(row) && row.length === 1) return row[0];
  }
  return value;
}
