/**
 * Money is exact to the smallest currency unit (DESIGN §2). ISO 4217 currencies have at most 4 decimals, so
 * amounts are added in ten-thousandths: exact for every currency and for amounts up to about 9 × 10¹¹.
 */
const UNITS_PER_MAJOR = 10_000;

/** An amount in ten-thousandths of its currency unit, as an integer. */
export function toMinorUnits(amount: number): number {
  return Math.round(amount * UNITS_PER_MAJOR);
}

/** Back from ten-thousandths to the currency unit. */
export function fromMinorUnits(units: number): number {
  // `+ 0` turns -0 into 0.
  return units / UNITS_PER_MAJOR + 0;
}
