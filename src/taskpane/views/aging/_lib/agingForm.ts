/**
 * The options of an aging run as the form holds them (text, as typed) and their checked values. The
 * form shows a problem under each field; a run starts only when every field reads.
 */
import { type AgingBasis, type BucketEdges, parseBucketEdges } from "../../../../core/aging";
import { datePartsToSerial, type DayOrder } from "../../../../core/dates";
import { type CreditError, isCreditError } from "../../../../core/errors";
import { type LedgerGroupBy } from "../../../../core/ledger";
import { parseNumberText } from "../../../../core/numbers";

/** `auto` lets the ledger reader detect the order from dates that prove it. */
export type DayOrderChoice = DayOrder | "auto";

/** What the options form holds. */
export interface AgingFormValues {
  /** `YYYY-MM-DD` from the date input, "" when cleared. */
  readonly asOf: string;
  readonly basis: AgingBasis;
  readonly buckets: string;
  readonly groupBy: LedgerGroupBy;
  readonly dayOrder: DayOrderChoice;
  /** Id of the customer master source, "" for none. */
  readonly master: string;
  readonly sales: string;
}

/** The form's values read, each field either its value or why it does not read. */
export interface CheckedAgingForm {
  readonly asOf: number | null;
  readonly edges: BucketEdges | CreditError;
  /** `null` when left blank; `"invalid"` when not an amount above 0. */
  readonly sales: number | null | "invalid";
}

/** Default bucket edges as the user types them (DESIGN §3.5). */
export const DEFAULT_BUCKETS_TEXT = "30,60,90,120";

/**
 * The form's values before the user or the last run changed anything; the as-of date is the day the
 * pane passes in (the pane reads the clock, the core never does).
 *
 * @example
 * defaultAgingForm("2026-10-31").buckets; // "30,60,90,120"
 */
export function defaultAgingForm(today: string): AgingFormValues {
  return {
    asOf: today,
    basis: "due",
    buckets: DEFAULT_BUCKETS_TEXT,
    groupBy: "customer",
    dayOrder: "auto",
    master: "",
    sales: "",
  };
}

/**
 * The local calendar date of `now` as `YYYY-MM-DD`, the value a date input holds.
 *
 * @example
 * isoDay(new Date(2026, 9, 31, 23, 59)); // "2026-10-31"
 */
export function isoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The Excel serial of a date input's value, `null` when it is empty or not a real date.
 *
 * @example
 * asOfSerial("2026-10-31"); // 46326
 * asOfSerial(""); // null
 */
export function asOfSerial(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (match === null) return null;
  const serial = datePartsToSerial(Number(match[1]), Number(match[2]), Number(match[3]));
  return isCreditError(serial) ? null : serial;
}

/**
 * Reads the credit sales figure: blank is "no DSO", anything else must be an amount above 0.
 *
 * @example
 * creditSales("1,825,000"); // 1825000
 * creditSales(""); // null
 * creditSales("-5"); // "invalid"
 */
export function creditSales(text: string): number | null | "invalid" {
  if (text.trim() === "") return null;
  const value = parseNumberText(text);
  return value !== null && Number.isFinite(value) && value > 0 ? value : "invalid";
}

/**
 * Reads every field of the form.
 *
 * @example
 * checkAgingForm(defaultAgingForm("2026-10-31")).asOf; // 46326
 */
export function checkAgingForm(values: AgingFormValues): CheckedAgingForm {
  return {
    asOf: asOfSerial(values.asOf),
    edges: parseBucketEdges(values.buckets),
    sales: creditSales(values.sales),
  };
}
