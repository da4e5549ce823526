import { below } from "../_lib/compare";
import { creditError, type CreditError } from "../errors";
import { finiteResult, nonNegative } from "./_lib/checks";

/**
 * Below this fraction of opening receivables + sales the denominator is binary noise (0.1 + 0.2 − 0.3), not a
 * real amount, and dividing by it would report a CEI in the trillions.
 */
const ZERO_SLACK = 1e-12;

/**
 * Collection effectiveness index, as a fraction (1 = everything collectable was collected):
 * (opening AR + credit sales − closing AR) / (opening AR + credit sales − closing current AR),
 * all for the same period.
 *
 * @example
 * // collected 500,000 of the 600,000 that was collectable (700,000 minus 100,000 not yet due)
 * collectionEffectivenessIndex(200_000, 500_000, 200_000, 100_000); // 500,000 / 600,000 = 0.8333…
 */
export function collectionEffectivenessIndex(
  openingAr: number,
  creditSales: number,
  closingAr: number,
  closingCurrentAr: number,
): number | CreditError {
  const problem =
    nonNegative("openingAr", openingAr) ??
    nonNegative("creditSales", creditSales) ??
    nonNegative("closingAr", closingAr) ??
    nonNegative("closingCurrentAr", closingCurrentAr);
  if (problem) return problem;
  if (below(closingAr, closingCurrentAr)) {
    return creditError("#VALUE!", "currentExceedsClosing", { closingAr, closingCurrentAr });
  }
  const available = openingAr + creditSales;
  const collectable = available - closingCurrentAr;
  if (Math.abs(collectable) <= available * ZERO_SLACK) return creditError("#DIV/0!", "ceiNothingCollectable");
  if (collectable < 0) return creditError("#VALUE!", "ceiCurrentExceedsAvailable");
  return finiteResult((available - closingAr) / collectable);
}
