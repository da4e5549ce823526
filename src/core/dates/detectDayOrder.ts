import { isCreditError } from "../errors";
import { evidenceOfOrder } from "./_lib/evidenceOfOrder";
import { normaliseDateText } from "./_lib/normaliseDateText";
import { readDateShape } from "./_lib/readDateShape";
import { splitTimeOfDay } from "./_lib/splitTimeOfDay";
import { type DayOrder } from "./dayOrder";

/** How many texts of a column point to each day order, with the first text that proved day- and month-first. */
export interface DayOrderEvidence {
  /** Year-last numeric dates whose first number is above 12 (`31/1/2013`). */
  readonly dayFirst: number;
  /** Year-last numeric dates whose second number is above 12 (`1/31/2013`). */
  readonly monthFirst: number;
  /** Numeric dates with a four-digit year first (`2026/10/31`, `20261031`, `2026年10月31日`). */
  readonly yearFirst: number;
  /** Year-last numeric dates where both readings are real dates (`1/2/2013`). */
  readonly ambiguous: number;
  /** Dates that read the same in any order (`31-Oct-2026`, `31.10.2026`, `1/1/2013`). */
  readonly orderFree: number;
  /** Non-blank texts that are no date layout, or whose numbers fit no order (`13/13/2013`). */
  readonly unreadable: number;
  /** First text proving day-first, to quote in a message; `null` when none. */
  readonly dayFirstExample: string | null;
  /** First text proving month-first, to quote in a message; `null` when none. */
  readonly monthFirstExample: string | null;
}

/**
 * Why {@link detectDayOrder} decided as it did: `proven` (order found), `conflicting` (both day-first
 * and month-first texts), `onlyAmbiguous` (every ordered date reads both ways), `noEvidence` (no text
 * needs an order).
 */
export type DayOrderReason = "proven" | "conflicting" | "onlyAmbiguous" | "noEvidence";

/** The order {@link detectDayOrder} found for a column, or `null` with the reason. */
export interface DayOrderDetection {
  readonly order: DayOrder | null;
  readonly reason: DayOrderReason;
  readonly evidence: DayOrderEvidence;
}

/**
 * Detects the day order of a column of date texts. A year-last date whose first number is above 12
 * proves "dmy", one whose second number is above 12 proves "mdy"; a four-digit year first means "ymd".
 * Day-first or month-first proof outranks year-first texts, which read the same in every order.
 * Blank texts are skipped.
 *
 * @example
 * detectDayOrder(["1/2/2013", "25/2/2013"]).order; // "dmy"
 * detectDayOrder(["25/2/2013", "2/25/2013"]); // { order: null, reason: "conflicting", ... }
 * detectDayOrder(["1/2/2013", "3/4/2013"]); // { order: null, reason: "onlyAmbiguous", ... }
 */
export function detectDayOrder(texts: readonly string[]): DayOrderDetection {
  let dayFirst = 0;
  let monthFirst = 0;
  let yearFirst = 0;
  let ambiguous = 0;
  let orderFree = 0;
  let unreadable = 0;
  let dayFirstExample: string | null = null;
  let monthFirstExample: string | null = null;

  for (const text of texts) {
    const normalised = normaliseDateText(text);
    if (normalised === "") continue;
    const split = splitTimeOfDay(normalised, text);
    const shape = isCreditError(split) ? null : readDateShape(split.dateText);
    if (shape === null) {
      unreadable += 1;
    } else if (shape.kind === "fixed") {
      if (shape.yearFirst) yearFirst += 1;
      else orderFree += 1;
    } else {
      switch (evidenceOfOrder(Number(shape.first), Number(shape.second))) {
        case "dmy":
          dayFirst += 1;
          dayFirstExample ??= text;
          break;
        case "mdy":
          monthFirst += 1;
          monthFirstExample ??= text;
          break;
        case "same":
          orderFree += 1;
          break;
        case "ambiguous":
          ambiguous += 1;
          break;
        case "neither":
          unreadable += 1;
          break;
      }
    }
  }

  const evidence: DayOrderEvidence = {
    dayFirst,
    monthFirst,
    yearFirst,
    ambiguous,
    orderFree,
    unreadable,
    dayFirstExample,
    monthFirstExample,
  };
  if (dayFirst > 0 && monthFirst > 0) return { order: null, reason: "conflicting", evidence };
  if (dayFirst > 0) return { order: "dmy", reason: "proven", evidence };
  if (monthFirst > 0) return { order: "mdy", reason: "proven", evidence };
  if (yearFirst > 0) return { order: "ymd", reason: "proven", evidence };
  if (ambiguous > 0) return { order: null, reason: "onlyAmbiguous", evidence };
  return { order: null, reason: "noEvidence", evidence };
}
