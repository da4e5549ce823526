// A small credit book with planted problems, as three sheets of cells (ledger, customer master, payment
// history), for the engine test and for a workbook fixture of the CLI. Not a test file itself.
import { type RawCell } from "../../../../src/core/ledger";
import { type PaymentRecord } from "../../../../src/core/warnings";
import { AS_OF, serial } from "./warningsTestKit";

/** Open items at AS_OF (2026-10-31); `daysPastDue` sets the due date, invoices are dated 30 days before it. */
const OPEN_ITEMS: ReadonlyArray<readonly [customer: string, daysPastDue: number, amount: number]> = [
  ["Alpha Trading", -20, 8_500], // row 2: over its 8,000 limit
  ["Bravo Foods", -10, 8_000], // row 3
  ["Bravo Foods", 12, 2_000], // row 4: 12 days past due, the veto lateness
  ["Core Steel", -5, 8_000], // row 5
  ["Core Steel", 35, 2_000], // row 6: the core customer 35 days past due (and so also ≥ 10)
  ["Delta Holdings", -25, 25_000], // row 7: Delta holds 30,000 of 128,500
  ["Delta Holdings", 5, 5_000], // row 8
  ["Echo Retail", -15, 5_000], // row 9: reviewed 2025-06-30
  ["Foxtrot Ltd", -15, 5_000], // row 10: pays later and later
  ["Golf Supplies", -10, 10_000], // rows 11–17: healthy customers
  ["Hotel Group", -10, 9_000],
  ["Hotel Group", 5, 1_000],
  ["India Mills", -10, 10_500],
  ["India Mills", 20, -500], // a credit note past due: never "late"
  ["Juliet Pharma", -10, 10_000],
  ["Kilo Motors", -10, 10_000],
  ["Lima Foods", -10, 10_000],
];

/** The ledger sheet: header on row 1, items from row 2. */
export const PLANTED_LEDGER_ROWS: RawCell[][] = [
  ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Currency"],
  ...OPEN_ITEMS.map(([customer, days, amount], i): RawCell[] => [
    customer,
    `INV-${1001 + i}`,
    AS_OF - days - 30,
    AS_OF - days,
    amount,
    "USD",
  ]),
];

const HEALTHY = ["Golf Supplies", "Hotel Group", "India Mills", "Juliet Pharma", "Kilo Motors", "Lima Foods"];

/** The customer master sheet: limit, terms, grade and last review per customer. */
export const PLANTED_MASTER_ROWS: RawCell[][] = [
  ["Customer", "Credit limit", "Terms", "Grade", "Last review"],
  ["Alpha Trading", 8_000, 30, "B", "2026-05-15"],
  ["Bravo Foods", 50_000, 30, "B", "2026-03-01"],
  ["Core Steel", 200_000, 60, "A", "2026-01-20"],
  ["Delta Holdings", 100_000, 30, "A", "2026-02-10"],
  ["Echo Retail", 50_000, 30, "B", "2025-06-30"],
  ["Foxtrot Ltd", 50_000, 30, "B", "2026-04-01"],
  ...HEALTHY.map((customer, i): RawCell[] => [customer, 50_000, 30, i % 2 === 0 ? "A" : "B", "2026-07-01"]),
];

/** Yearly sales per customer: Core Steel's 4.8 M of 6.3 M (76 %) makes it the only core customer. */
const YEARLY_SALES: ReadonlyArray<readonly [string, number]> = [
  ["Alpha Trading", 120_000],
  ["Bravo Foods", 120_000],
  ["Core Steel", 4_800_000],
  ["Delta Holdings", 300_000],
  ["Echo Retail", 120_000],
  ["Foxtrot Ltd", 120_000],
  ...HEALTHY.map((customer): [string, number] => [customer, 120_000]),
];

/**
 * Days late of a payment: 1 for everyone, except Foxtrot Ltd, 2 days late until 3 months ago and 15 days late
 * since (invoices k = 1–3 are paid in the last 90 days).
 */
const daysLate = (customer: string, k: number): number =>
  customer === "Foxtrot Ltd" && k <= 3 ? 15 : customer === "Foxtrot Ltd" ? 2 : 1;

/**
 * The payment history sheet: 12 monthly invoices per customer (k = 0 the newest, dated 15 days before AS_OF),
 * due 30 days after the invoice, paid `daysLate` after the due date (blank when that is after AS_OF).
 * Customer `i` of YEARLY_SALES has its invoice k on sheet row 2 + 12·i + k.
 */
export const PLANTED_PAYMENT_ROWS: RawCell[][] = [
  ["Customer", "Invoice Date", "Due Date", "Amount", "Paid Date"],
  ...YEARLY_SALES.flatMap(([customer, sales]) =>
    Array.from({ length: 12 }, (_, k): RawCell[] => {
      const invoice = AS_OF - 15 - 30 * k;
      const due = invoice + 30;
      const paid = due + daysLate(customer, k);
      return [customer, invoice, due, sales / 12, paid <= AS_OF ? paid : null];
    }),
  ),
];

/** The payment history sheet as records, the way a host hands it to the engine. */
export function plantedHistory(): PaymentRecord[] {
  return PLANTED_PAYMENT_ROWS.slice(1).map((cells, i) => {
    const [customer, invoiceDate, due, amount, paid] = cells as [
      string,
      number,
      number,
      number,
      number | null,
    ];
    return { customer, invoiceDate, due, amount, paid, currency: "USD", row: i + 2 };
  });
}

/** Echo Retail's last review, for the expected days since it. */
export const ECHO_REVIEW = serial("2025-06-30");
