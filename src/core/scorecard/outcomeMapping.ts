import { creditError, type CreditError } from "../errors";
import { outcomeKey } from "./_lib/outcomeKey";
import type { RawValue } from "./types";

/**
 * Which values of the outcome column mean a good and which a bad account. Values are matched the way
 * {@link outcomeFlags} reads cells: trimmed, case-blind and full-width folded (`"Good"` matches `good`, `1`
 * matches `"1"`).
 *
 * @example
 * const german: OutcomeMapping = { good: ["1"], bad: ["2"] };
 */
export interface OutcomeMapping {
  readonly good: readonly string[];
  readonly bad: readonly string[];
}

/**
 * An {@link OutcomeMapping} from the values a user chose, checked: each side non-empty, no value on both
 * sides.
 *
 * @example
 * outcomeMapping(["Paid"], ["Written off", "Default"]);
 * // { good: ["Paid"], bad: ["Written off", "Default"] }
 * outcomeMapping(["Y"], ["y"]); // CreditError outcomeMappingOverlap { value: "y" }
 */
export function outcomeMapping(
  good: readonly RawValue[],
  bad: readonly RawValue[],
): OutcomeMapping | CreditError {
  const goodKeys = new Set<string>();
  const goodText: string[] = [];
  for (const value of good) {
    const key = outcomeKey(value);
    if (key === null || goodKeys.has(key)) continue;
    goodKeys.add(key);
    goodText.push(String(value).trim());
  }
  const badKeys = new Set<string>();
  const badText: string[] = [];
  for (const value of bad) {
    const key = outcomeKey(value);
    if (key === null || badKeys.has(key)) continue;
    if (goodKeys.has(key))
      return creditError("#VALUE!", "outcomeMappingOverlap", { value: String(value).trim() });
    badKeys.add(key);
    badText.push(String(value).trim());
  }
  if (goodText.length === 0) return creditError("#VALUE!", "outcomeMappingNoGood");
  if (badText.length === 0) return creditError("#VALUE!", "outcomeMappingNoBad");
  return { good: goodText, bad: badText };
}

/**
 * The mapping `creditkit scorecard fit --good VALUE` means: `good` is the good value, every other value in
 * the column is bad.
 *
 * @example
 * outcomeMappingFromGood(["1", "2", "1"], 1); // { good: ["1"], bad: ["2"] }
 * outcomeMappingFromGood(["1", "2"], "good"); // CreditError outcomeGoodValueAbsent { value: "good" }
 */
export function outcomeMappingFromGood(
  values: readonly RawValue[],
  good: RawValue,
): OutcomeMapping | CreditError {
  const goodKey = outcomeKey(good);
  if (goodKey === null) return creditError("#VALUE!", "outcomeGoodValueAbsent", { value: "" });
  let found = false;
  const bad: RawValue[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const key = outcomeKey(value);
    if (key === null) continue;
    if (key === goodKey) found = true;
    else if (!seen.has(key)) {
      seen.add(key);
      bad.push(value);
    }
  }
  if (!found) return creditError("#VALUE!", "outcomeGoodValueAbsent", { value: String(good).trim() });
  if (bad.length === 0) return creditError("#VALUE!", "outcomeSingleValue", { value: String(good).trim() });
  return outcomeMapping([good], bad);
}
