import { type CreditError, creditError } from "../errors";
import { FIRST_SERIAL, LAST_SERIAL, isValidSerialDate } from "./serial";

/**
 * Time-of-day part of an Excel serial date-time, as a fraction of a day from 0 (midnight) up to 1.
 *
 * @example
 * timeOfDay(46326.75); // 0.75 (18:00)
 * timeOfDay(46326); // 0
 */
export function timeOfDay(serial: number): number | CreditError {
  if (!isValidSerialDate(serial)) {
    return creditError("#VALUE!", "dateSerialOutOfRange", {
      serial: String(serial),
      first: FIRST_SERIAL,
      last: LAST_SERIAL,
    });
  }
  return serial - Math.floor(serial);
}
