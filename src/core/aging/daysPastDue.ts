import { creditError, type CreditError } from "../errors";
import { isSerialDate, wholeDaysBetween } from "./_lib/serialDate";

/**
 * Days an item is past due on `asOfSerial`: whole days from the due date (times of day ignored). Negative means
 * days until it falls due; 0 means due today, which is not yet overdue.
 *
 * @example
 * daysPastDue(46022, 46053); // 31   (2025-12-31 due, as of 2026-01-31)
 * daysPastDue(46053.9, 46053.1); // 0
 */
export function daysPastDue(dueSerial: number, asOfSerial: number): number | CreditError {
  if (!isSerialDate(dueSerial)) return creditError("#VALUE!", "dateNotValid", { arg: "dueDate" });
  if (!isSerialDate(asOfSerial)) return creditError("#VALUE!", "dateNotValid", { arg: "asOf" });
  return wholeDaysBetween(dueSerial, asOfSerial);
}
