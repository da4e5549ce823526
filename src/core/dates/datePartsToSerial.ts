import { type CreditError } from "../errors";
import { serialOfValidDate } from "./_lib/serialOfValidDate";
import { validateDateParts } from "./_lib/validateDateParts";

/**
 * Excel serial number (1900 system) of a calendar date, after checking the date exists.
 * 1900-02-29 gives 60, Excel's phantom leap day.
 *
 * @example
 * datePartsToSerial(2026, 10, 31); // 46326
 * datePartsToSerial(1900, 2, 29); // 60
 * datePartsToSerial(2013, 2, 30); // CreditError #VALUE! "dateImpossible"
 */
export function datePartsToSerial(year: number, month: number, day: number): number | CreditError {
  const problem = validateDateParts(
    year,
    month,
    day,
    () => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );
  if (problem !== null) return problem;
  return serialOfValidDate(year, month, day);
}
