/**
 * A column of an open-item ledger CreditKit can use: who owes (`customer`), the document (`invoice`), its
 * dates, money columns, the currency, and the two alternative grouping columns.
 *
 * @example
 * const field: LedgerField = "dueDate";
 */
export type LedgerField =
  | "customer"
  | "invoice"
  | "invoiceDate"
  | "dueDate"
  | "termsDays"
  | "amount"
  | "paid"
  | "open"
  | "settledDate"
  | "currency"
  | "salesperson"
  | "region";

/**
 * Every {@link LedgerField}, in the order reports list them (and the order ties between fields are broken in).
 *
 * @example
 * LEDGER_FIELDS.length; // 12
 */
export const LEDGER_FIELDS: readonly LedgerField[] = [
  "customer",
  "invoice",
  "invoiceDate",
  "dueDate",
  "termsDays",
  "amount",
  "paid",
  "open",
  "settledDate",
  "currency",
  "salesperson",
  "region",
];

/**
 * Which column holds each field: a 0-based column index within the rows handed over. A field without a key
 * (or with `undefined`) is not in the ledger.
 *
 * @example
 * const mapping: ColumnMapping = { customer: 0, invoiceDate: 2, amount: 4 };
 */
export type ColumnMapping = Partial<Record<LedgerField, number>>;

/**
 * True when `text` is the exact name of a {@link LedgerField}.
 *
 * @example
 * isLedgerField("dueDate"); // true
 * isLedgerField("due"); // false
 */
export function isLedgerField(text: string): text is LedgerField {
  return (LEDGER_FIELDS as readonly string[]).includes(text);
}
