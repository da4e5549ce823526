import { type DayOrder, type DayOrderDetection } from "../../dates";
import { type LedgerNotice } from "../ledgerItems";
import { noticeIfAny } from "./noticeCounts";

/**
 * What the reader tells about the day order of text dates it detected: the order and the first text that
 * proves it, the contradiction (both day-first and month-first texts), or that no text settled it
 * (`ambiguous` texts were then refused one by one).
 *
 * @example
 * dayOrderNotices(detectDayOrder(["13/1/2013"]), "dmy", 0); // [{ id: "ledgerDayOrderDetected", count: 1, params: { count: 1, order: "dmy", example: "13/1/2013" } }]
 */
export function dayOrderNotices(
  detection: DayOrderDetection,
  order: DayOrder | null,
  ambiguous: number,
): LedgerNotice[] {
  const e = detection.evidence;
  if (order !== null) {
    const proof = order === "dmy" ? e.dayFirst : order === "mdy" ? e.monthFirst : e.yearFirst;
    const example = order === "dmy" ? e.dayFirstExample : order === "mdy" ? e.monthFirstExample : null;
    return noticeIfAny("ledgerDayOrderDetected", proof, { order, example: example ?? "" });
  }
  if (detection.reason === "conflicting") {
    return noticeIfAny("ledgerDayOrderConflicting", e.dayFirst + e.monthFirst, {
      dayFirstExample: e.dayFirstExample ?? "",
      monthFirstExample: e.monthFirstExample ?? "",
    });
  }
  return noticeIfAny("ledgerDayOrderUnknown", ambiguous);
}
