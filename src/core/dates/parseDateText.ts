import { type CreditError, creditError, isCreditError } from "../errors";
import { type DateParts } from "./_lib/civil";
import { evidenceOfOrder } from "./_lib/evidenceOfOrder";
import { expandYear } from "./_lib/expandYear";
import { normaliseDateText } from "./_lib/normaliseDateText";
import { type DateShape, readDateShape } from "./_lib/readDateShape";
import { serialOfValidDate } from "./_lib/serialOfValidDate";
import { splitTimeOfDay } from "./_lib/splitTimeOfDay";
import { validateDateParts } from "./_lib/validateDateParts";
import { type DayOrder } from "./dayOrder";

type Ordered = Extract<DateShape, { kind: "ordered" }>;

function readAs(shape: Ordered, order: DayOrder): DateParts {
  const { first, second, third } = shape;
  if (order === "ymd") return { year: expandYear(first), month: Number(second), day: Number(third) };
  if (order === "dmy") return { year: expandYear(third), month: Number(second), day: Number(first) };
  return { year: expandYear(third), month: Number(first), day: Number(second) };
}

function resolve(shape: Ordered, order: DayOrder | null, text: string): DateParts | CreditError {
  // "ymd" says nothing about a text whose four-digit year is last, so such a text is inferred.
  if (order === "mdy" || order === "dmy" || (order === "ymd" && shape.third.length === 2)) {
    return readAs(shape, order);
  }
  const first = Number(shape.first);
  const second = Number(shape.second);
  switch (evidenceOfOrder(first, second)) {
    case "dmy":
      return readAs(shape, "dmy");
    case "mdy":
    case "same":
      return readAs(shape, "mdy");
    case "neither":
      // Read the way that names a real impossibility: a first number above 12 cannot be a month.
      return readAs(shape, first > 12 ? "dmy" : "mdy");
    case "ambiguous":
      return creditError("#VALUE!", "dateAmbiguous", { text, first, second });
  }
}

/**
 * Excel serial number (1900 system) of a date typed as text, with any time of day as the fraction.
 *
 * Reads `2026-10-31`, `2026/10/31`, `2026.10.31`, `2026年10月31日` (full-width digits too),
 * `20261031`, `31.10.2026` (dots with the year last are always day first), `31-Oct-2026`,
 * `Oct 31, 2026`, `31 October 2026`, and `1/2/2013` or `1-2-2013`, whose order comes from `order`.
 * Without an order a year-last date is inferred when a number above 12 shows which is the day, and
 * is refused as ambiguous when both readings are real dates. A trailing `14:30`, `14:30:05` or
 * `2:30 PM` adds the time of day. Two-digit years: 00–29 → 2000s, 30–99 → 1900s, as in Excel.
 *
 * @example
 * parseDateText("2026-10-31"); // 46326
 * parseDateText("2026-10-31 18:00"); // 46326.75
 * parseDateText("1/2/2013", "dmy"); // 41306 (2013-02-01)
 * parseDateText("1/2/2013"); // CreditError #VALUE! "dateAmbiguous"
 * parseDateText("31/1/2013", "mdy"); // CreditError #VALUE! "dateMonthImpossible" (month 31)
 * parseDateText("2013-02-30"); // CreditError #VALUE! "dateImpossible"
 */
export function parseDateText(text: string, order: DayOrder | null = null): number | CreditError {
  const normalised = normaliseDateText(text);
  if (normalised === "") return creditError("#VALUE!", "dateTextBlank");
  const split = splitTimeOfDay(normalised, text);
  if (isCreditError(split)) return split;
  const shape = readDateShape(split.dateText);
  if (shape === null) return creditError("#VALUE!", "dateUnreadable", { text });
  const parts = shape.kind === "fixed" ? shape : resolve(shape, order, text);
  if (isCreditError(parts)) return parts;
  const problem = validateDateParts(parts.year, parts.month, parts.day, () => text);
  if (problem !== null) return problem;
  return serialOfValidDate(parts.year, parts.month, parts.day) + split.fraction;
}
