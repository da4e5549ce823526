import { parseDateText, isValidSerialDate } from "../../core/dates";
import { type CreditError, creditError, isCreditError } from "../../core/errors";
import { isBlank, unwrapSingle } from "./blank";
import { describeValue } from "./numberArg";

/**
 * Reads a date from a cell value: an Excel serial number (1900 system) or date text a person
 * types (`2026-10-31`, `2026/10/31`, `2026年10月31日`, …). Ambiguous text such as `1/2/2013` is
 * refused with a message that asks for an unambiguous form, rather than guessed. Blank → `null`.
 *
 * @example
 * readDate(46326, "as_of"); // 46326
 * readDate("2026-10-31", "as_of"); // 46326
 * readDate("1/2/2013", "as_of"); // CreditError #VALUE! dateAmbiguous
 */
export function readDate(value: unknown, arg: string): number | null | CreditError {
  const single = unwrapSingle(value);
  if (typeof single === "number") {
    if (isValidSerialDate(single)) return single;
    return creditError("#VALUE!", "argNotDateSerial", { arg, value: describeValue(single) });
  }
  if (isBlank(single)) return null;
  if (typeof single === "string") {
    if (single.trim() === "") return null;
    const parsed = parseDateText(single);
    if (isCreditError(parsed)) return creditError(parsed.code, parsed.id, { ...parsed.params, arg });
    return parsed;
  }
  if (Array.isArray(single))
    return creditError("#VALUE!", "argNotSingle", { arg, size: describeValue(single) });
  return creditError("#VALUE!", "argNotDate", { arg, value: describeValue(single) });
}

/**
 * A required date argument (blank → `#N/A`).
 *
 * @example
 * requiredDate("2026-10-31", "as_of"); // 46326
 */
export function requiredDate(value: unknown, arg: string): number | CreditError {
  const read = readDate(value, arg);
  return read === null ? creditError("#N/A", "argBlank", { arg }) : read;
}
