/** English month names and abbreviations as finance users type them in `31-Oct-2026` or `Oct 31, 2026`. */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Month number (1–12) of an English month name or abbreviation, any letter case; `null` otherwise.
 *
 * @example
 * monthFromName("Oct"); // 10
 * monthFromName("SEPT"); // 9
 * monthFromName("Okt"); // null
 */
export function monthFromName(word: string): number | null {
  const key = word.toLowerCase();
  return Object.prototype.hasOwnProperty.call(MONTHS, key) ? (MONTHS[key] ?? null) : null;
}
