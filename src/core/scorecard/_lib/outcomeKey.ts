import type { RawValue } from "../types";

const INTEGER_TEXT = /^[+-]?\d+(?:\.0*)?$/;

/**
 * The form in which outcome values are compared: trimmed, full-width folded (NFKC) and lower-cased, so
 * `Good`, ` good ` and `GOOD` are one value, and `1`, `"1"` and `"１"` another. `null` for a blank.
 */
export function outcomeKey(value: RawValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  const text = value.normalize("NFKC").trim().toLowerCase();
  if (text === "") return null;
  return INTEGER_TEXT.test(text) ? String(Number(text)) : text;
}
