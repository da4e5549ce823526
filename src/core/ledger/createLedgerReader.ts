import { type CreditError } from "../errors";
import { checkReaderOptions } from "./_lib/checkReaderOptions";
import { StreamingLedgerReader } from "./_lib/streamingLedgerReader";
import { type LedgerReader, type LedgerReaderOptions } from "./ledgerReader";

/**
 * Starts reading a ledger (DESIGN §3.5). Each data row becomes an open item or a rejection with its sheet row,
 * column and reason; nothing is dropped silently.
 *
 * - Open amount: the open/balance column when mapped, else amount − paid, else amount. Zero-open rows are
 *   skipped and counted; negative ones (credit notes) are kept and counted.
 * - Historical as-of: when a settled-date column is mapped, an item is open at `asOf` when invoiced on or
 *   before it and not settled by it (settled later: its full amount counts, since the paid and open columns
 *   describe today). Items invoiced after `asOf` are left out and counted. Without that column, invoices
 *   dated after `asOf` stay in and are flagged as future-dated.
 * - Missing due date: invoice date + terms when a terms column is mapped, else the invoice date; "assumed".
 * - Rejected: unreadable dates (with the reason: ambiguous, impossible, out of range), unreadable amounts,
 *   Excel error cells, blank customers, total lines ("Total", "合计"), rows without any date, unreadable
 *   terms when the due date must be derived, and (basis invoice) rows without an invoice date.
 * - Text dates follow `dayOrder`, or the order detected from the first block whose date texts prove one.
 * - Currencies are normalised (`人民币` → CNY) and never mixed; amounts are counted in each one's minor unit.
 *
 * Returns a CreditError when the options cannot work (invalid as-of date, no amount or date column, …).
 *
 * @example
 * const reader = createLedgerReader({ mapping: { customer: 0, dueDate: 1, amount: 2 }, headerRow: 0, asOf: 41639, basis: "due", groupBy: "customer" });
 * if (!isCreditError(reader)) { reader.addRows([["Customer", "Due", "Amount"], ["ACME", 41600, 100]], 1); reader.finish().count; } // 1
 */
export function createLedgerReader(options: LedgerReaderOptions): LedgerReader | CreditError {
  const problem = checkReaderOptions(options);
  if (problem) return problem;
  return new StreamingLedgerReader(options);
}
