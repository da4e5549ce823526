/**
 * A deterministic synthetic ledger for benchmarks: `rows` invoices over `customers` customers,
 * as RawCell rows (dates as serial numbers, the way Office.js hands them over) or as CSV text (ISO
 * dates and plain amounts, the way an ERP export looks).
 */
import { formatIsoDate } from "../src/core/dates";

const HEADER = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Currency"];
const AS_OF = 46326; // 2026-10-31

/** A small linear congruential generator: the same ledger every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Invoice {
  customer: string;
  invoice: string;
  invoiceDate: number;
  dueDate: number;
  amount: number;
  currency: string;
}

function* invoices(rows: number, customers: number): Generator<Invoice> {
  const next = random(42);
  for (let i = 0; i < rows; i++) {
    const c = Math.floor(next() * customers);
    const invoiceDate = AS_OF - Math.floor(next() * 240);
    yield {
      customer: `C${String(c).padStart(5, "0")}`,
      invoice: `INV${i}`,
      invoiceDate,
      dueDate: invoiceDate + (next() < 0.5 ? 30 : 60),
      // Cents, with a few credit notes.
      amount: Math.round((next() < 0.03 ? -1 : 1) * (10 + next() * 20_000) * 100) / 100,
      currency: c % 10 === 0 ? "USD" : "CNY",
    };
  }
}

/**
 * The ledger as RawCell rows (header first).
 *
 * @example
 * ledgerRows(1000, 50).length; // 1001
 */
export function ledgerRows(rows: number, customers: number): (string | number)[][] {
  const out: (string | number)[][] = [HEADER];
  for (const inv of invoices(rows, customers)) {
    out.push([inv.customer, inv.invoice, inv.invoiceDate, inv.dueDate, inv.amount, inv.currency]);
  }
  return out;
}

function isoDate(serial: number): string {
  const text = formatIsoDate(serial);
  if (typeof text !== "string") throw new Error(`The fixture made an impossible date: ${serial}`);
  return text;
}

/**
 * The ledger as CSV text with ISO dates.
 *
 * @example
 * ledgerCsv(2, 1).split("\n")[0]; // "Customer,Invoice No,Invoice Date,Due Date,Amount,Currency"
 */
export function ledgerCsv(rows: number, customers: number): string {
  const lines: string[] = [HEADER.join(",")];
  for (const inv of invoices(rows, customers)) {
    lines.push(
      [
        inv.customer,
        inv.invoice,
        isoDate(inv.invoiceDate),
        isoDate(inv.dueDate),
        inv.amount,
        inv.currency,
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The as-of date of the fixture. */
export const FIXTURE_AS_OF = AS_OF;
