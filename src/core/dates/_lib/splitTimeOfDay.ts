import { type CreditError, creditError } from "../../errors";

/** A date text with its trailing time of day taken off, the time as a fraction of a day. */
export interface DateAndTime {
  readonly dateText: string;
  readonly fraction: number;
}

// The date part must end before a space, an ISO "T" or the 日 of a Chinese date, so "2026-10-3114:30" is not read.
const TRAILING_TIME =
  /^(.+?)(?:\s+|T|(?<=[日号號]))(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:\s*([AaPp])\.?\s*[Mm]\.?)?$/;

const SECONDS_PER_DAY = 86400;

/**
 * Splits `14:30`, `14:30:05`, `14:30:05.250` or `2:30 PM` off the end of a normalised date text.
 * Text without a time comes back whole with fraction 0; an impossible time (25:00, 12:60, 0:15 AM)
 * is an error quoting `originalText`.
 *
 * @example
 * splitTimeOfDay("2026-10-31 18:00", "2026-10-31 18:00"); // { dateText: "2026-10-31", fraction: 0.75 }
 */
export function splitTimeOfDay(text: string, originalText: string): DateAndTime | CreditError {
  const match = TRAILING_TIME.exec(text);
  if (match === null) return { dateText: text, fraction: 0 };
  const [, dateText = "", hourText = "", minuteText = "", secondText = "0", fractionText = "", meridiem] =
    match;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText) + (fractionText === "" ? 0 : Number(`0.${fractionText}`));
  const impossible = creditError("#VALUE!", "timeImpossible", { text: originalText });
  if (minute > 59 || second >= 60) return impossible;
  if (meridiem === undefined) {
    if (hour > 23) return impossible;
  } else {
    // 12-hour clock: 12 AM is midnight and 12 PM is noon.
    if (hour < 1 || hour > 12) return impossible;
    hour = (hour % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  return { dateText, fraction: (hour * 3600 + minute * 60 + second) / SECONDS_PER_DAY };
}
