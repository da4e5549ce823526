import { creditError, type CreditError } from "../errors";
import { isSerialDate, wholeDaysBetween } from "./_lib/serialDate";

/**
 * Age of an item on `asOfSerial` in whole days since `dateSerial` (usually the invoice date), times of day
 * ignored. Future-dated items have a negative age.
 *
 * @example
 * ageInDays(46000, 46053); // 53
 * ageInDays(46060, 46053); // -7
 */
export function ageInDays(dateSerial: number, asOfSerial: number): number | CreditError {
  if (!isSerialDate(dateSerial)) return creditError("#VALUE!", "dateNotValid", { arg: "date" });
  if (!isSerialDate(asOfSerial)) return creditError("#VALUE!", "dateNotValid", { arg: "asOf" });
  return wholeDaysBetween(dateSerial, asOfSerial);
}
