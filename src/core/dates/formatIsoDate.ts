import { type CreditError, isCreditError } from "../errors";
import { serialToDateParts } from "./serialToDateParts";

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * ISO 8601 calendar date (`YYYY-MM-DD`) of an Excel serial number; the time of day is dropped.
 * Serial 60 gives "1900-02-29", the day Excel itself shows, so the text parses back to 60.
 *
 * @example
 * formatIsoDate(46326); // "2026-10-31"
 * formatIsoDate(0); // CreditError #VALUE! "dateSerialOutOfRange"
 */
export function formatIsoDate(serial: number): string | CreditError {
  const parts = serialToDateParts(serial);
  if (isCreditError(parts)) return parts;
  return `${parts.year}-${pad2(parts.month)}-${pad2(parts.day)}`;
}
