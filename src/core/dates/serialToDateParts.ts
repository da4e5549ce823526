import { type CreditError, creditError } from "../errors";
import { type DateParts, civilFromDays } from "./_lib/civil";
import { UNIX_EPOCH_SERIAL } from "./_lib/limits";
import { FIRST_SERIAL, LAST_SERIAL, PHANTOM_LEAP_DAY_SERIAL, isValidSerialDate } from "./serial";

/**
 * Calendar date of an Excel serial number (1900 system); the time-of-day fraction is ignored.
 * Serial 60 is Excel's phantom 1900-02-29.
 *
 * @example
 * serialToDateParts(46326); // { year: 2026, month: 10, day: 31 }
 * serialToDateParts(60); // { year: 1900, month: 2, day: 29 }
 * serialToDateParts(0); // CreditError #VALUE! "dateSerialOutOfRange"
 */
export function serialToDateParts(serial: number): DateParts | CreditError {
  if (!isValidSerialDate(serial)) {
    return creditError("#VALUE!", "dateSerialOutOfRange", {
      serial: String(serial),
      first: FIRST_SERIAL,
      last: LAST_SERIAL,
    });
  }
  const whole = serial - (serial % 1); // a valid serial is positive, so this is its floor
  if (whole === PHANTOM_LEAP_DAY_SERIAL) return { year: 1900, month: 2, day: 29 };
  // Before the phantom day Excel's count is not yet inflated by one.
  const daysSince1970 =
    whole < PHANTOM_LEAP_DAY_SERIAL ? whole - UNIX_EPOCH_SERIAL + 1 : whole - UNIX_EPOCH_SERIAL;
  return civilFromDays(daysSince1970);
}
