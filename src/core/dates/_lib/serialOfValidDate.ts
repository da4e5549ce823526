import { PHANTOM_LEAP_DAY_SERIAL } from "../serial";
import { daysFromCivil } from "./civil";
import { UNIX_EPOCH_SERIAL } from "./limits";

/**
 * Excel serial (1900 system) of a date already checked by `validateDateParts`.
 *
 * @example
 * serialOfValidDate(1900, 3, 1); // 61
 */
export function serialOfValidDate(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return PHANTOM_LEAP_DAY_SERIAL;
  const serial = daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
  // Dates before the phantom day sit one lower than the inflated count that starts at 61.
  return serial <= PHANTOM_LEAP_DAY_SERIAL ? serial - 1 : serial;
}
