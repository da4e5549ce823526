import { type CreditError, creditError } from "../../errors";

/** Most decimal places CreditKit rounds or scales to; far beyond any currency (ISO 4217 tops out at 4). */
export const MAX_DECIMALS = 10;

/** Powers of ten, all exact in binary floating point, so scaling never adds its own error. */
export const POWERS_OF_TEN: readonly number[] = Array.from({ length: MAX_DECIMALS + 1 }, (_, i) => 10 ** i);

/**
 * Why `decimals` is not a usable number of decimal places, or `null` when it is (a whole number 0–10).
 *
 * @example
 * checkDecimals(2); // null
 * checkDecimals(2.5)?.id; // "decimalsOutOfRange"
 */
export function checkDecimals(decimals: number): CreditError | null {
  if (Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_DECIMALS) return null;
  return creditError("#VALUE!", "decimalsOutOfRange", { decimals: String(decimals), max: MAX_DECIMALS });
}
