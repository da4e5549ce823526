import { type CreditError, creditError } from "../errors";
import { FIRST_SERIAL, LAST_SERIAL, isValidSerialDate } from "./serial";

/**
 * Days between the two Excel date systems: 1904-01-01 is serial 0 in the 1904 system (old Mac
 * workbooks) and serial 1462 in the 1900 system (1,461 real days plus the phantom 29-Feb-1900).
 */
export const DATE_1904_OFFSET = 1462;

/** Last serial of the 1904 system: 9999-12-31. */
export const LAST_SERIAL_1904 = LAST_SERIAL - DATE_1904_OFFSET;

/**
 * Converts a serial number of the 1904 date system into the 1900 system used everywhere in CreditKit.
 *
 * @example
 * fromDate1904(0); // 1462 (1904-01-01)
 * fromDate1904(-1); // CreditError #VALUE! "date1904SerialOutOfRange"
 */
export function fromDate1904(serial1904: number): number | CreditError {
  if (!Number.isFinite(serial1904) || serial1904 < 0 || Math.floor(serial1904) > LAST_SERIAL_1904) {
    return creditError("#VALUE!", "date1904SerialOutOfRange", {
      serial: String(serial1904),
      first: 0,
      last: LAST_SERIAL_1904,
    });
  }
  return serial1904 + DATE_1904_OFFSET;
}

/**
 * Converts a 1900-system serial number into the 1904 system, e.g. to write into a 1904 workbook.
 *
 * @example
 * toDate1904(46326); // 44864 (2026-10-31)
 * toDate1904(1461); // CreditError #VALUE! "dateBefore1904" (1903-12-31)
 */
export function toDate1904(serial: number): number | CreditError {
  if (!isValidSerialDate(serial)) {
    return creditError("#VALUE!", "dateSerialOutOfRange", {
      serial: String(serial),
      first: FIRST_SERIAL,
      last: LAST_SERIAL,
    });
  }
  if (serial < DATE_1904_OFFSET) {
    return creditError("#VALUE!", "dateBefore1904", { serial: String(serial) });
  }
  return serial - DATE_1904_OFFSET;
}
