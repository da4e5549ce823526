/**
 * One invoice of the payment history: who owed how much, when it was due and when it was paid. The history
 * is an invoice register (paid and unpaid invoices): paid dates give the lateness trend (deteriorating), and
 * invoice amounts by date give the sales that decide core customers and each customer's DSO. Dates are
 * 1900-system serials (a time of day is ignored); the engine refuses a record it cannot use
 * (`warningHistoryInvalid`, naming its row and field).
 *
 * @example
 * const r: PaymentRecord = { customer: "ACME", amount: 1200, invoiceDate: 46200, due: 46230, paid: 46245, currency: "USD", row: 12 };
 */
export interface PaymentRecord {
  readonly customer: string;
  /** The invoice amount, in the record's currency. */
  readonly amount: number;
  /** Agreed due date. */
  readonly due: number;
  /** Date paid (settled); `null` while unpaid. */
  readonly paid: number | null;
  /** Invoice date; when absent, the due date stands in for it in sales periods. */
  readonly invoiceDate?: number | null;
  /** Currency code or text as in the ledger; absent or "" when the history names none. */
  readonly currency?: string;
  /** 1-based sheet row, for the evidence. */
  readonly row: number;
}
