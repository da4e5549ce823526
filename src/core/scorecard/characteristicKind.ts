import { isBlank, numericValue } from "./_lib/readValue";
import type { CharacteristicKind, RawValue } from "./types";

/**
 * Numeric when every non-blank cell holds a number (typed text such as `1,250` counts), categorical otherwise
 * — a column of codes such as `A11` or of words such as `Owner` / `Tenant`. A column of number codes (a
 * branch number, a postcode) reads as numeric; the user switches it to categorical.
 *
 * @example
 * characteristicKind([36, "12", null]); // "numeric"
 * characteristicKind(["A11", "A14", ""]); // "categorical"
 */
export function characteristicKind(values: readonly RawValue[]): CharacteristicKind {
  let numbers = 0;
  for (const value of values) {
    if (isBlank(value)) continue;
    if (numericValue(value) === null) return "categorical";
    numbers++;
  }
  return numbers > 0 ? "numeric" : "categorical";
}
