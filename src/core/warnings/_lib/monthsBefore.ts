import { datePartsToSerial, daysInMonth, serialToDateParts } from "../../dates";
import { isCreditError } from "../../errors";

/**
 * The date `months` calendar months before a serial date, on the same day of the month, or the month's last
 * day when it is shorter (31 March less one month is 28 or 29 February). −Infinity when that is before the
 * first date Excel holds, so every real date is later.
 *
 * @example
 * monthsBefore(46326, 12); // 45960, 2025-10-31 for 2026-10-31
 * monthsBefore(46112, 1); // 2026-02-28 for 2026-03-31
 */
export function monthsBefore(serial: number, months: number): number {
  const parts = serialToDateParts(Math.floor(serial));
  if (isCreditError(parts)) return -Infinity;
  const total = parts.year * 12 + (parts.month - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (year < 1900) return -Infinity;
  const day = Math.min(parts.day, daysInMonth(year, month));
  const result = datePartsToSerial(year, month, day);
  return isCreditError(result) ? -Infinity : result;
}
