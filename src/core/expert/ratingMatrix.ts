/**
 * Expert ratings: rows = experts, columns = criteria, each 1–5 or `null` when not rated.
 *
 * A single row (1×n) is read as n experts with one rating each, because a panel's totals typed across one
 * row are far more common than one expert rating n criteria with nobody else on the panel. A single column
 * (n×1) already means n experts with one rating each.
 *
 * @example
 * const panel: RatingMatrix = [
 *   [4, 5, null],
 *   [3, 4, 4],
 * ];
 */
export type RatingMatrix = readonly (readonly (number | null)[])[];
