/**
 * Last two-digit year read as 20xx. Excel's default: 00–29 are 2000–2029, 30–99 are 1930–1999.
 */
export const TWO_DIGIT_YEAR_PIVOT = 29;

/**
 * Full year from the year digits the user typed: four digits stand as written, one or two follow
 * Excel's pivot.
 *
 * @example
 * expandYear("2026"); // 2026
 * expandYear("29"); // 2029
 * expandYear("30"); // 1930
 */
export function expandYear(digits: string): number {
  const year = Number(digits);
  if (digits.length > 2) return year;
  return year <= TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}
