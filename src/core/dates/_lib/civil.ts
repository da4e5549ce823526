/**
 * Proleptic Gregorian calendar arithmetic on whole days since 1970-01-01 (Howard Hinnant's
 * `days_from_civil` / `civil_from_days`). Pure integer arithmetic: no `Date`, no time zone, no clock.
 */

/** A calendar date; `month` and `day` are 1-based. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * True for Gregorian leap years (divisible by 4, except centuries not divisible by 400).
 *
 * @example
 * isLeapYear(2000); // true
 * isLeapYear(2100); // false
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

// Bound once at module scope: a global lookup per call is slow inside sandboxes such as Jest's vm
// context, and these functions run once per ledger row.
const floor = Math.floor;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Number of days in `month` (1–12) of `year` in the real Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/**
 * Days since 1970-01-01 of a valid Gregorian date.
 *
 * @example
 * daysFromCivil(1970, 1, 1); // 0
 * daysFromCivil(1900, 1, 1); // -25567
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Years start in March so the leap day is the last day of the "year", which keeps the formula linear.
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Gregorian date of a whole number of days since 1970-01-01.
 *
 * @example
 * civilFromDays(0); // { year: 1970, month: 1, day: 1 }
 */
export function civilFromDays(days: number): DateParts {
  const z = days + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const monthFromMarch = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
