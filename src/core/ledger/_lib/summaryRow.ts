import { headerKey } from "./headerKey";

// Labels of total lines that exports put among the items; counting them would double the balance.
const SUMMARY_LABELS = new Set(
  [
    "total",
    "totals",
    "grand total",
    "subtotal",
    "sub total",
    "sum",
    "合计",
    "合計",
    "总计",
    "總計",
    "小计",
    "小計",
    "共计",
    "共計",
    "累计",
    "累計",
    "总额",
    "總額",
  ].map(headerKey),
);

/**
 * True when a customer cell is a total line's label ("Total", "Grand total:", "合计") rather than a customer.
 *
 * @example
 * isSummaryLabel("Grand Total:"); // true
 * isSummaryLabel("Total Logistics Ltd"); // false
 */
export function isSummaryLabel(text: string): boolean {
  return SUMMARY_LABELS.has(headerKey(text));
}
