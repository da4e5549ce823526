import { type CreditError, creditError } from "../../errors";
import type { LoyaltyThresholds } from "../loyaltyThresholds";

const inUnitInterval = (bound: number): boolean => bound > 0 && bound <= 1;

/** The refusal for thresholds that are not strictly descending bounds in (0, 1], else `null`. */
export function loyaltyThresholdsError({ a, b, c }: LoyaltyThresholds): CreditError | null {
  // Written as a positive test so NaN fails it too.
  const valid = inUnitInterval(a) && inUnitInterval(b) && inUnitInterval(c) && a > b && b > c;
  return valid ? null : creditError("#VALUE!", "loyaltyThresholdsInvalid", { a, b, c });
}
