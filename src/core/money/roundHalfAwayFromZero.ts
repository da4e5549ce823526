import { type CreditError, creditError } from "../errors";
import { decimalDigits, roundedScaledDigits } from "./_lib/decimalDigits";
import { checkDecimals } from "./_lib/decimals";

/**
 * Rounds to `decimals` places, halves away from zero, like Excel's ROUND. The half is judged on the
 * decimal the user sees, not on binary noise: 2.675 is stored as 2.67499999… but rounds to 2.68.
 *
 * @example
 * roundHalfAwayFromZero(2.675, 2); // 2.68
 * roundHalfAwayFromZero(1.005, 2); // 1.01
 * roundHalfAwayFromZero(-2.5, 0); // -3
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number | CreditError {
  const problem = checkDecimals(decimals);
  if (problem !== null) return problem;
  if (!Number.isFinite(value)) return creditError("#VALUE!", "amountNotFinite", { amount: String(value) });
  const parts = decimalDigits(value);
  if (parts.point + decimals >= parts.digits.length) return value + 0;
  const scaled = roundedScaledDigits(parts, decimals).padStart(decimals + 1, "0");
  const whole = scaled.slice(0, scaled.length - decimals);
  const fraction = scaled.slice(scaled.length - decimals);
  // Parsing the rounded decimal text gives the double nearest to it in one correctly rounded step.
  const magnitude = Number(decimals === 0 ? whole : `${whole}.${fraction}`);
  return parts.negative && magnitude !== 0 ? -magnitude : magnitude;
}
