import { type CreditError, creditError } from "../errors";
import { POWERS_OF_TEN, checkDecimals } from "./_lib/decimals";
import { scaleToMinor } from "./_lib/scaleToMinor";

/**
 * An amount in whole minor units (cents, fen, sen), exactly: 123.45 → 12345, not 12344.999….
 * Digits beyond `decimals` round half away from zero on the decimal the user sees (1.005 → 101).
 * Amounts whose minor units would pass `Number.MAX_SAFE_INTEGER` are refused, not approximated.
 *
 * @example
 * toMinorUnits(123.45); // 12345
 * toMinorUnits(1500, 0); // 1500 (JPY)
 * toMinorUnits(1e15); // CreditError #NUM! "amountTooLarge"
 */
export function toMinorUnits(amount: number, decimals = 2): number | CreditError {
  const problem = checkDecimals(decimals);
  if (problem !== null) return problem;
  if (!Number.isFinite(amount)) return creditError("#VALUE!", "amountNotFinite", { amount: String(amount) });
  const minor = scaleToMinor(amount, decimals);
  if (minor === null) return creditError("#NUM!", "amountTooLarge", { amount: String(amount), decimals });
  return minor;
}

/**
 * The amount of a whole number of minor units; the nearest binary number to the exact decimal.
 *
 * @example
 * fromMinorUnits(12345); // 123.45
 * fromMinorUnits(12345, 3); // 12.345 (BHD)
 */
export function fromMinorUnits(minor: number, decimals = 2): number | CreditError {
  const problem = checkDecimals(decimals);
  if (problem !== null) return problem;
  if (!Number.isSafeInteger(minor))
    return creditError("#VALUE!", "minorUnitsNotWhole", { minor: String(minor) });
  // One correctly rounded division of two exact numbers yields the double closest to the decimal.
  return minor / (POWERS_OF_TEN[decimals] ?? 1) + 0;
}
