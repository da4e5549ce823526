import { type CreditError, creditError } from "../../errors";
import { daysInMonth } from "./civil";
import { FIRST_YEAR, LAST_YEAR } from "./limits";

/**
 * Why `year`-`month`-`day` is not a date Excel can hold, or `null` when it is one.
 * `quote` gives what the user typed (or the parts written out) for the message; it is only called
 * on failure so the happy path builds no string.
 * Excel's phantom 1900-02-29 counts as a date, because Excel shows serial 60 as that day.
 *
 * @example
 * validateDateParts(2013, 2, 30, () => "2013-02-30")?.id; // "dateImpossible"
 * validateDateParts(1900, 2, 29, () => "1900-02-29"); // null
 */
export function validateDateParts(
  year: number,
  month: number,
  day: number,
  quote: () => string,
): CreditError | null {
  // `x % 1 !== 0` is true for fractions, NaN and infinities alike.
  if (year % 1 !== 0 || year < FIRST_YEAR || year > LAST_YEAR) {
    return creditError("#VALUE!", "dateYearOutOfRange", {
      text: quote(),
      year: String(year),
      first: FIRST_YEAR,
      last: LAST_YEAR,
    });
  }
  if (month % 1 !== 0 || month < 1 || month > 12) {
    return creditError("#VALUE!", "dateMonthImpossible", { text: quote(), month: String(month) });
  }
  const lastDay = year === 1900 && month === 2 ? 29 : daysInMonth(year, month);
  if (day % 1 !== 0 || day < 1 || day > lastDay) {
    return creditError("#VALUE!", "dateImpossible", {
      text: quote(),
      year: String(year),
      month: String(month),
      day: String(day),
      lastDay,
    });
  }
  return null;
}
