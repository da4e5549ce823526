import { type CreditError, creditError } from "../../core/errors";
import { parseNumberText } from "../../core/numbers";
import { isBlank, unwrapSingle } from "./blank";

/** Shows a cell value inside a message without flooding it. */
export function describeValue(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return `${value.length}×${Array.isArray(value[0]) ? value[0].length : 1}`;
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * Reads one number from a cell value by the rule every CREDIT function follows: numbers are used
 * as they are (finite only), numbers stored as text (`"1,234.50"`, `"85%"`) are read as numbers,
 * other text and TRUE/FALSE are refused, and a blank is "no value" (`null`).
 *
 * @example
 * readNumber(72, "score"); // 72
 * readNumber("85%", "rate"); // 0.85
 * readNumber("", "score"); // null
 * readNumber("abc", "score"); // CreditError #VALUE! argNotNumber
 */
export function readNumber(value: unknown, arg: string): number | null | CreditError {
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : creditError("#VALUE!", "argNotFinite", { arg });
  }
  const single = unwrapSingle(value);
  if (single !== value) return readNumber(single, arg);
  if (isBlank(value)) return null;
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed !== null) return parsed;
    if (value.trim() === "") return null;
  }
  if (Array.isArray(value)) {
    return creditError("#VALUE!", "argNotSingle", { arg, size: describeValue(value) });
  }
  return creditError("#VALUE!", "argNotNumber", { arg, value: describeValue(value) });
}

/**
 * A required number argument: a blank is `#N/A` (missing data), anything unreadable `#VALUE!`.
 *
 * @example
 * requiredNumber(72, "score"); // 72
 * requiredNumber(null, "score"); // CreditError #N/A argBlank
 */
export function requiredNumber(value: unknown, arg: string): number | CreditError {
  // Fast path: the common case costs one typeof and one isFinite (CREDIT.GRADE runs millions of times).
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const read = readNumber(value, arg);
  return read === null ? creditError("#N/A", "argBlank", { arg }) : read;
}

/**
 * An optional number argument: omitted or blank gives `fallback`.
 *
 * @example
 * optionalNumber(null, "days", 365); // 365
 * optionalNumber(360, "days", 365); // 360
 */
export function optionalNumber(value: unknown, arg: string, fallback: number): number | CreditError {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const read = readNumber(value, arg);
  return read === null ? fallback : read;
}

/**
 * An optional number argument with no default: omitted or blank gives `null` ("not given").
 *
 * @example
 * maybeNumber(null, "net_worth"); // null
 */
export function maybeNumber(value: unknown, arg: string): number | null | CreditError {
  return readNumber(value, arg);
}
