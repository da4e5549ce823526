/** Excel serial dates (1900 system), date text as finance users type it, and day-order detection. */
export type { DateParts } from "./_lib/civil";
export { daysInMonth, isLeapYear } from "./_lib/civil";
export { TWO_DIGIT_YEAR_PIVOT } from "./_lib/expandYear";
export { DATE_1904_OFFSET, LAST_SERIAL_1904, fromDate1904, toDate1904 } from "./date1904";
export { datePartsToSerial } from "./datePartsToSerial";
export { DAY_ORDERS, type DayOrder, isDayOrder } from "./dayOrder";
export {
  type DayOrderDetection,
  type DayOrderEvidence,
  type DayOrderReason,
  detectDayOrder,
} from "./detectDayOrder";
export { formatIsoDate } from "./formatIsoDate";
export { parseDateText } from "./parseDateText";
export { FIRST_SERIAL, LAST_SERIAL, PHANTOM_LEAP_DAY_SERIAL, isValidSerialDate } from "./serial";
export { serialToDateParts } from "./serialToDateParts";
export { timeOfDay } from "./timeOfDay";
