import { parseNumberText } from "../../numbers";
import type { RawValue } from "../types";

/** True for the cells Excel hands over as blank: `null`, `undefined`, `""` and text of spaces only. */
export function isBlank(value: RawValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The number a cell holds (typed text such as `1,250` included), or `null` for blanks and anything else. */
export function numericValue(value: RawValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return parseNumberText(value);
  return null;
}

/**
 * The level a cell names for categorical binning, or `null` for a blank. Numbers read as Excel shows them so
 * a level typed as `1` and a cell holding 1 are the same level.
 */
export function levelKey(value: RawValue): string | null {
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? null : text;
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return null;
}
