/**
 * Order of day, month and year in a numeric date such as `1/2/2013`:
 * `"mdy"` (US: 2 January is 1/2), `"dmy"` (UK, most of Europe: 1 February is 1/2), `"ymd"` (ISO, China).
 */
export type DayOrder = "mdy" | "dmy" | "ymd";

/** Every {@link DayOrder}, e.g. for a dropdown or argument validation. */
export const DAY_ORDERS: readonly DayOrder[] = ["mdy", "dmy", "ymd"];

/**
 * True when `value` names a {@link DayOrder} (exact lower-case spelling).
 *
 * @example
 * isDayOrder("dmy"); // true
 * isDayOrder("DD/MM"); // false
 */
export function isDayOrder(value: string): value is DayOrder {
  return value === "mdy" || value === "dmy" || value === "ymd";
}
