/** Excel's largest date serial, 9999-12-31 in the 1900 date system. */
const LAST_SERIAL = 2958465;

/**
 * True for an Excel date serial from 1 (1900-01-01) to 9999-12-31; serial 0 is a blank cell, not a date.
 *
 * @example
 * isSerialDate(46053); // true  (2026-01-31)
 * isSerialDate(0); // false
 */
export function isSerialDate(value: number): boolean {
  return value >= 1 && value < LAST_SERIAL + 1;
}
