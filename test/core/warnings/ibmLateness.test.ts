import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type RawCell } from "../../../src/core/ledger";
import {
  type PaymentRecord,
  type WarningResult,
  defaultWarningSettings,
  runWarningChecks,
  withThreshold,
} from "../../../src/core/warnings";
import { ok, readLedger } from "../ledger/ledgerTestKit";

// IBM's public "Finance factoring: late-payment histories" sample (../shared/data/README.md): 2,466 paid
// invoices, dates written month/day/year, with the days each was paid late (DaysLate, 0 when paid on time).
// The same rows are the ledger (open at the as-of date: invoiced by then, settled after) and the history.
const FILE = path.resolve(__dirname, "../../../../shared/data/ibm-accounts-receivable.csv");
const present = existsSync(FILE);
if (!present) console.warn(`Skipping the IBM warning tests: ${FILE} is not there.`);
const describeIfData = present ? describe : describe.skip;

/** Serial of a month/day/year text, with Date.UTC — independent of the core's date parser. */
function mdy(text: string): number {
  const [m, d, y] = text.split("/").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}
const iso = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

interface Invoice {
  customer: string;
  invoice: number;
  due: number;
  settled: number;
  cents: number;
  daysLate: number;
  row: number;
}

/** The warnings of one rule as customer → [value, threshold, rows or history rows]. */
function byCustomer(results: readonly WarningResult[], rule: string, evidence: "rows" | "historyRows") {
  return new Map(
    results
      .filter((r) => r.rule === rule)
      .map((r) => [r.customer, [r.value, r.threshold, r[evidence]]] as const),
  );
}

describeIfData("the lateness rules on the IBM accounts-receivable sample", () => {
  const lines = present ? readFileSync(FILE, "utf8").trim().split(/\r?\n/) : [];
  const rows: RawCell[][] = lines.map((line) => line.split(","));
  const invoices: Invoice[] = rows.slice(1).map((cells, i) => {
    const c = cells as string[];
    return {
      customer: c[1]!,
      invoice: mdy(c[4]!),
      due: mdy(c[5]!),
      settled: mdy(c[8]!),
      cents: Math.round(Number(c[6]) * 100),
      daysLate: Number(c[11]),
      row: i + 2,
    };
  });
  const history: PaymentRecord[] = invoices.map((v) => ({
    customer: v.customer,
    amount: v.cents / 100,
    invoiceDate: v.invoice,
    due: v.due,
    paid: v.settled,
    row: v.row,
  }));
  const openAt = (asOf: number) => invoices.filter((v) => v.invoice <= asOf && v.settled > asOf);

  it.each([
    ["2013-06-30", iso(2013, 6, 30)],
    ["2013-12-31", iso(2013, 12, 31)],
  ])(
    "flags veto lateness and long overdue items at %s like plain loops over the open invoices",
    (_, asOf) => {
      const report = ok(runWarningChecks({ ledger: readLedger(rows, { asOf }), history }));
      for (const [rule, late] of [
        ["veto-late", (days: number) => days >= 10],
        ["long-overdue", (days: number) => days > 90],
      ] as const) {
        const expected = new Map<string, [number, number, number[]]>();
        for (const v of openAt(asOf)) {
          const days = asOf - v.due;
          if (!late(days)) continue;
          const entry = expected.get(v.customer) ?? [0, rule === "veto-late" ? 10 : 90, []];
          entry[0] = Math.max(entry[0], days);
          entry[2].push(v.row);
          expected.set(v.customer, entry);
        }
        expect(byCustomer(report.results, rule, "rows")).toEqual(expected);
      }
      expect(report.results.some((r) => r.rule === "veto-late")).toBe(true);
    },
  );

  it.each([
    ["2013-06-30", iso(2013, 6, 30)],
    ["2013-12-31", iso(2013, 12, 31)],
  ])("finds the deteriorating payers at %s from the sample's own DaysLate column", (_, asOf) => {
    // Per customer, the mean DaysLate of invoices settled in the last 90 days against the 90 days before.
    const windows = new Map<string, { recent: number[]; previous: number[]; rows: number[] }>();
    for (const v of invoices) {
      if (v.settled > asOf || v.settled <= asOf - 180) continue;
      const w = windows.get(v.customer) ?? { recent: [], previous: [], rows: [] };
      if (v.settled > asOf - 90) {
        w.recent.push(v.daysLate);
        w.rows.push(v.row);
      } else w.previous.push(v.daysLate);
      windows.set(v.customer, w);
    }
    const mean = (list: number[]) => list.reduce((s, x) => s + x, 0) / list.length;
    const expected = new Map<string, [number, number, number[]]>();
    let fewPayments = 0;
    for (const [customer, w] of windows) {
      if (w.recent.length === 0 || w.previous.length === 0) {
        fewPayments += 1;
        continue;
      }
      if (mean(w.recent) >= mean(w.previous) + 10)
        expected.set(customer, [mean(w.recent), mean(w.previous) + 10, w.rows]);
    }
    const report = ok(runWarningChecks({ ledger: readLedger(rows, { asOf }), history }));
    const found = byCustomer(report.results, "deteriorating", "historyRows");
    expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [customer, [value, threshold, evidence]] of expected) {
      const [v, t, r] = found.get(customer)!;
      expect(v).toBeCloseTo(value, 9);
      expect(t).toBeCloseTo(threshold, 9);
      expect(r).toEqual(evidence);
    }
    expect(report.notAssessed.find((n) => n.rule === "deteriorating")?.count ?? 0).toBe(fewPayments);
    expect(expected.size).toBeGreaterThan(0);
  });

  it("finds the core customers' overdue items at 2013-06-30 by the 70 % rule over plain sums", () => {
    // The sample's open items are rarely more than 30 days late at a month end: count any day past due.
    const asOf = iso(2013, 6, 30);
    const sales = new Map<string, number>();
    for (const v of invoices) {
      if (v.invoice <= asOf && v.invoice > iso(2010, 6, 30))
        sales.set(v.customer, (sales.get(v.customer) ?? 0) + v.cents);
    }
    const total = [...sales.values()].reduce((s, x) => s + x, 0);
    // Largest first, equal sales in code-unit order of the names; core while the customers ahead sold < 70 %.
    const ranked = [...sales].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const core = new Set<string>();
    let before = 0;
    for (const [customer, cents] of ranked) {
      if (before < 0.7 * total) core.add(customer);
      before += cents;
    }
    const expected = new Map<string, [number, number, number[]]>();
    for (const v of openAt(asOf)) {
      const days = asOf - v.due;
      if (!core.has(v.customer) || days <= 0) continue;
      const entry = expected.get(v.customer) ?? [0, 0, []];
      entry[0] = Math.max(entry[0], days);
      entry[2].push(v.row);
      expected.set(v.customer, entry);
    }
    const settings = ok(withThreshold(defaultWarningSettings(), "core-overdue", "days", 0));
    const report = ok(runWarningChecks({ ledger: readLedger(rows, { asOf }), history }, settings));
    expect(byCustomer(report.results, "core-overdue", "rows")).toEqual(expected);
    expect([core.size > 0, expected.size > 0]).toEqual([true, true]);
  });
});
