/**
 * Warning checks over the 1,000,000-row, 20,000-customer ledger of the aging benchmark: the engine alone
 * (items already read, as after an aging run), first over the ledger only, then with a customer master of
 * every customer and a payment history of 1,000,000 invoices, so every rule runs.
 */
import { isCreditError } from "../src/core/errors";
import {
  type CustomerMaster,
  type LedgerItems,
  createLedgerReader,
  detectLedgerColumns,
  readCustomerMaster,
} from "../src/core/ledger";
import { type PaymentRecord, runWarningChecks } from "../src/core/warnings";
import { FIXTURE_AS_OF, ledgerRows } from "./ledgerFixture";
import { bestOf, type BenchResult } from "./measure";

const ROWS = 1_000_000;
const CUSTOMERS = 20_000;
const HISTORY = 1_000_000;
const BLOCK = 20_000;

/** A small linear congruential generator, seeded apart from the ledger's: the same book every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const customerName = (c: number): string => `C${String(c).padStart(5, "0")}`;

function readItems(): LedgerItems {
  const rows = ledgerRows(ROWS, CUSTOMERS);
  const detection = detectLedgerColumns(rows.slice(0, 30));
  const reader = createLedgerReader({
    mapping: detection.mapping,
    headerRow: detection.headerRow,
    asOf: FIXTURE_AS_OF,
    basis: "due",
    groupBy: "customer",
  });
  if (isCreditError(reader)) throw new Error(reader.id);
  for (let i = 0; i < rows.length; i += BLOCK) reader.addRows(rows.slice(i, i + BLOCK), i + 1);
  return reader.finish();
}

/** Every customer with a limit, terms, a grade and a review date; some limits low, some grades D, some reviews old. */
function masterOfAll(): CustomerMaster {
  const next = random(7);
  const rows: (string | number | null)[][] = [
    ["Customer", "Credit limit", "Terms", "Grade", "Last review", "Open orders"],
  ];
  for (let c = 0; c < CUSTOMERS; c++) {
    rows.push([
      customerName(c),
      Math.round(200_000 + next() * 1_000_000),
      next() < 0.5 ? 30 : 60,
      "ABCD"[Math.floor(next() * 4)] ?? "A",
      FIXTURE_AS_OF - Math.floor(next() * 500),
      Math.round(next() * 50_000),
    ]);
  }
  return readCustomerMaster(rows);
}

/** Paid and unpaid invoices of the last two years, with lateness that drifts per customer. */
function historyOfAll(): PaymentRecord[] {
  const next = random(11);
  const records: PaymentRecord[] = [];
  for (let i = 0; i < HISTORY; i++) {
    const c = Math.floor(next() * CUSTOMERS);
    const invoiceDate = FIXTURE_AS_OF - Math.floor(next() * 730);
    const due = invoiceDate + (next() < 0.5 ? 30 : 60);
    const paid = due + Math.floor(next() * (c % 7 === 0 ? 40 : 12)) - 3;
    records.push({
      customer: customerName(c),
      amount: Math.round((10 + next() * 20_000) * 100) / 100,
      invoiceDate,
      due,
      paid: paid <= FIXTURE_AS_OF ? paid : null,
      currency: c % 10 === 0 ? "USD" : "CNY",
      row: i + 2,
    });
  }
  return records;
}

export function benchWarnings(): BenchResult[] {
  const ledger = readItems();
  const master = masterOfAll();
  const history = historyOfAll();
  let found = 0;
  const ledgerOnlyMs = bestOf(3, () => {
    const report = runWarningChecks({ ledger });
    if (isCreditError(report)) throw new Error(report.id);
    found = report.results.length;
  });
  if (found === 0) throw new Error("the benchmark found no warnings");
  const allMs = bestOf(3, () => {
    const report = runWarningChecks({ ledger, master, history });
    if (isCreditError(report)) throw new Error(report.id);
    if (report.notRun.length > 0)
      throw new Error(`rules not run: ${report.notRun.map((n) => n.rule).join(", ")}`);
    found = report.results.length;
  });
  return [
    { name: "Warning checks, 1,000,000-row ledger", value: ledgerOnlyMs, unit: "ms", target: "< 1,000 ms" },
    {
      name: "Warning checks, + master + 1 M payments",
      value: allMs,
      unit: "ms",
      target: "< 1,000 ms",
    },
    { name: "Warning checks, warnings found", value: found, unit: "warnings" },
  ];
}
