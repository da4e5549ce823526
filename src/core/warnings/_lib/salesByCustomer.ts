import { type PaymentRecord } from "../paymentRecord";
import { type HistoryView } from "./historyView";

const { floor, round } = Math;

/**
 * Invoiced amounts of the history per customer and currency over the period after `from` up to and
 * including `to` (by invoice date, or the due date where the record has none or 0), as `sales[customer ×
 * currencies + currency]`, in cents (summed as whole cents, so exactly).
 *
 * @example
 * const sales = salesByCustomer(view, asOf - 365, asOf);
 * sales[0 * view.currencies.length + 0] / 100; // the first customer's sales in the first currency
 */
export function salesByCustomer(history: HistoryView, from: number, to: number): Float64Array {
  const currencies = history.currencies.length;
  const sales = new Float64Array(history.names.length * currencies);
  const { count, customerOf, currencyOf, records } = history;
  for (let r = 0; r < count; r++) {
    const record = records[r] as PaymentRecord;
    // An invoice date of 0 is "none", as in the ledger.
    const date = floor(record.invoiceDate ? record.invoiceDate : record.due);
    if (date <= from || date > to) continue;
    const cell = (customerOf[r] as number) * currencies + (currencyOf[r] as number);
    // Whole cents: integer sums are exact, so the totals do not depend on the order of the records.
    sales[cell] = (sales[cell] as number) + round(record.amount * 100);
  }
  return sales;
}
