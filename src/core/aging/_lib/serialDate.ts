/** Excel's largest date serial, 9999-12-31 in the 1900 date system. */
const LAST_SERIAL = 2958465;

/**
 * True for an Excel date serial from 1 (1900-01-01) to 9999-12-31, time of day allowed. Serial 0 is refused:
 * Excel shows it as "1900-01-00", and in a ledger it is almost always a blank cell read as 0.
 *
 * @example
 * isSerialDate(46053); // true  (2026-01-31)
 * isSerialDate(0); // false
 */
export function isSerialDate(value: number): boolean {
  return value >= 1 && value < LAST_SERIAL + 1;
}

/**
 * Whole days from `from` to `to`, ignoring the time of day of either serial.
 *
 * @example
 * wholeDaysBetween(46052.9, 46053.1); // 1
 */
export function wholeDaysBetween(from: number, to: number): number {
  return Math.floor(to) - Math.floor(from);
}
