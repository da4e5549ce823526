import { type CreditError, creditError } from "../../core/errors";
import { isBlank, unwrapSingle } from "./blank";
import { describeValue } from "./numberArg";

/**
 * One of a fixed set of words (case-insensitive, trimmed), or `fallback` when omitted.
 *
 * @example
 * choiceArg("Median", "method", ["median", "mean", "trimmed"], "median"); // "median"
 * choiceArg("avg", "method", ["median", "mean"], "median"); // CreditError #VALUE! argNotChoice
 */
export function choiceArg<T extends string>(
  value: unknown,
  arg: string,
  choices: readonly T[],
  fallback: T,
): T | CreditError {
  const single = unwrapSingle(value);
  if (Array.isArray(single))
    return creditError("#VALUE!", "argNotSingle", { arg, size: describeValue(single) });
  if (isBlank(single)) return fallback;
  if (typeof single === "string") {
    const wanted = single.trim().toLowerCase();
    const found = choices.find((c) => c.toLowerCase() === wanted);
    if (found !== undefined) return found;
    if (wanted === "") return fallback;
  }
  return creditError("#VALUE!", "argNotChoice", {
    arg,
    value: describeValue(single),
    choices: choices.map((c) => `"${c}"`).join(", "),
  });
}

/**
 * A required piece of text (a grade letter, a label); numbers are accepted as their text.
 *
 * @example
 * requiredText(" b ", "grade"); // "b"
 */
export function requiredText(value: unknown, arg: string): string | CreditError {
  const single = unwrapSingle(value);
  if (Array.isArray(single))
    return creditError("#VALUE!", "argNotSingle", { arg, size: describeValue(single) });
  if (typeof single === "string" && single.trim() !== "") return single.trim();
  if (typeof single === "number" && Number.isFinite(single)) return String(single);
  if (isBlank(single) || (typeof single === "string" && single.trim() === "")) {
    return creditError("#N/A", "argBlank", { arg });
  }
  return creditError("#VALUE!", "argNotText", { arg, value: describeValue(single) });
}
