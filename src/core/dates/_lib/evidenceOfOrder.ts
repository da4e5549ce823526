/**
 * What the first two numbers of a year-last date such as `13/1/2013` prove about its order.
 * `"same"`: both equal, so the order does not matter. `"neither"`: no reading is a date (both
 * above 12, or a zero). `"ambiguous"`: both readings are real dates.
 */
export type OrderEvidence = "dmy" | "mdy" | "same" | "neither" | "ambiguous";

/**
 * Classifies the first two numbers of a year-last numeric date by which reading they allow.
 *
 * @example
 * evidenceOfOrder(31, 1); // "dmy"
 * evidenceOfOrder(1, 31); // "mdy"
 * evidenceOfOrder(1, 2); // "ambiguous"
 * evidenceOfOrder(13, 13); // "neither"
 */
export function evidenceOfOrder(first: number, second: number): OrderEvidence {
  if ((first > 12 && second > 12) || first === 0 || second === 0) return "neither";
  if (first === second) return "same";
  if (first > 12) return "dmy";
  if (second > 12) return "mdy";
  return "ambiguous";
}
