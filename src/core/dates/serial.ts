/** Bounds of Excel's 1900 date system and the test of whether a number is a date in it. */

/** Serial number of 1900-01-01, the first date of Excel's 1900 date system. */
export const FIRST_SERIAL = 1;

/** Serial number of 9999-12-31, the last date Excel can show. */
export const LAST_SERIAL = 2958465;

/**
 * Serial number of Excel's phantom 29-Feb-1900. Lotus 1-2-3 treated 1900 as a leap year and Excel
 * kept the day for compatibility, so every serial from 61 on is one more than a true day count.
 */
export const PHANTOM_LEAP_DAY_SERIAL = 60;

/**
 * True when `serial` is a date in Excel's 1900 system: finite and its whole-day part from 1 to 2,958,465.
 * A time-of-day fraction is allowed; serial 0 and negatives are not dates.
 *
 * @example
 * isValidSerialDate(46326.5); // true (2026-10-31 12:00)
 * isValidSerialDate(0); // false
 * isValidSerialDate(2958466); // false
 */
export function isValidSerialDate(serial: number): boolean {
  // Whole part from FIRST to LAST means the serial is in [FIRST, LAST + 1); NaN fails both comparisons.
  return serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1;
}
