import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_BUCKET_EDGES } from "../../../src/core/aging";
import { type AgingResult, type RawCell, ageLedger, detectLedgerColumns } from "../../../src/core/ledger";
import { cents, notice, ok, readLedger } from "./ledgerTestKit";

// IBM's public "Finance factoring: late-payment histories" sample (../shared/data/README.md): 2,466 paid invoices,
// dates written month/day/year. An invoice is open at a month end D when invoiced on or before D and settled after D.
const FILE = path.resolve(__dirname, "../../../../shared/data/ibm-accounts-receivable.csv");
const present = existsSync(FILE);
if (!present) console.warn(`Skipping the IBM ledger tests: ${FILE} is not there.`);
const describeIfData = present ? describe : describe.skip;

/** Serial of a month/day/year text, with Date.UTC — independent of the core's date parser. */
function mdy(text: string): number {
  const [m, d, y] = text.split("/").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}
const iso = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

interface Expected {
  open: number; // cents
  buckets: number[]; // cents, Not due, 1-30, 31-60, 61-90, 91-120, 121+
  items: number;
  perCustomer: Map<string, number>;
  after: number;
  settled: number;
}

/** The aging worked out with plain loops over the CSV rows. */
function expectedAt(data: string[][], asOf: number, basis: "due" | "invoice"): Expected {
  const e: Expected = {
    open: 0,
    buckets: [0, 0, 0, 0, 0, 0],
    items: 0,
    perCustomer: new Map(),
    after: 0,
    settled: 0,
  };
  for (const row of data) {
    const invoice = mdy(row[4]!);
    const due = mdy(row[5]!);
    const settled = mdy(row[8]!);
    if (invoice > asOf) {
      e.after += 1;
      continue;
    }
    if (settled <= asOf) {
      e.settled += 1;
      continue;
    }
    const amount = Math.round(Number(row[6]) * 100);
    const age = asOf - (basis === "due" ? due : invoice);
    let bucket: number;
    if (basis === "due")
      bucket = age <= 0 ? 0 : age <= 30 ? 1 : age <= 60 ? 2 : age <= 90 ? 3 : age <= 120 ? 4 : 5;
    else bucket = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 120 ? 3 : 4;
    e.buckets[bucket]! += amount;
    e.open += amount;
    e.items += 1;
    e.perCustomer.set(row[1]!, (e.perCustomer.get(row[1]!) ?? 0) + amount);
  }
  return e;
}

describeIfData("the IBM accounts-receivable sample", () => {
  const lines = present ? readFileSync(FILE, "utf8").trim().split(/\r?\n/) : [];
  const rows: RawCell[][] = lines.map((line) => line.split(","));
  const data = rows.slice(1) as string[][];

  it("maps its columns without problems", () => {
    const d = detectLedgerColumns(rows);
    expect(d.headerRow).toBe(0);
    expect(d.mapping).toMatchObject({
      customer: 1,
      invoice: 3,
      invoiceDate: 4,
      dueDate: 5,
      amount: 6,
      settledDate: 8,
    });
    expect(d.problems).toEqual([]);
    expect(data).toHaveLength(2466);
  });

  const monthEnds: [string, number][] = [
    ["2012-03-31", iso(2012, 3, 31)],
    ["2012-06-30", iso(2012, 6, 30)],
    ["2012-12-31", iso(2012, 12, 31)],
    ["2013-03-31", iso(2013, 3, 31)],
    ["2013-06-30", iso(2013, 6, 30)],
    ["2013-09-30", iso(2013, 9, 30)],
    ["2013-12-31", iso(2013, 12, 31)],
  ];

  it.each(monthEnds)("ages the month end %s like an independent computation", (_label, asOf) => {
    const items = readLedger(rows, { asOf, blockRows: 500 });
    const result: AgingResult = ok(ageLedger(items));
    const expected = expectedAt(data, asOf, "due");
    expect(items.dayOrder).toBe("mdy");
    expect(result.rejected).toEqual([]);
    expect(result.totals).toHaveLength(1);
    const total = result.totals[0]!;
    expect(total.currency).toBe("");
    expect(cents(total.open)).toBe(expected.open);
    expect(total.buckets.map(cents)).toEqual(expected.buckets);
    expect(total.items).toBe(expected.items);
    expect(expected.items).toBeGreaterThan(0);
    // every customer's balance, and its buckets adding up to it
    const perCustomer = new Map(result.groups.map((g) => [g.key, cents(g.open)]));
    expect(perCustomer).toEqual(expected.perCustomer);
    for (const g of result.groups) expect(g.buckets.reduce((s, b) => s + cents(b), 0)).toBe(cents(g.open));
    expect(notice(result, "ledgerInvoicedAfterAsOf")?.count ?? 0).toBe(expected.after);
    expect(notice(result, "ledgerSettledByAsOf")?.count ?? 0).toBe(expected.settled);
  });

  it("ages on the invoice basis too", () => {
    const asOf = iso(2013, 6, 30);
    const result = ok(
      ageLedger(readLedger(rows, { asOf, basis: "invoice" }), { edges: DEFAULT_BUCKET_EDGES }),
    );
    const expected = expectedAt(data, asOf, "invoice");
    expect(result.totals[0]!.buckets.map(cents)).toEqual(expected.buckets.slice(0, 5));
  });

  it("gives the DSO of the last month end against the year's invoiced sales", () => {
    const asOf = iso(2013, 12, 31);
    let salesCents = 0;
    for (const row of data) {
      const invoice = mdy(row[4]!);
      if (invoice > asOf - 365 && invoice <= asOf) salesCents += Math.round(Number(row[6]) * 100);
    }
    const expected = expectedAt(data, asOf, "due");
    const result = ok(
      ageLedger(readLedger(rows, { asOf }), { sales: { creditSales: salesCents / 100, days: 365 } }),
    );
    const kpis = result.kpis as { dso: number; bestPossibleDso: number };
    // DSO = receivables / sales × 365; best possible DSO uses the not-yet-due part
    expect(kpis.dso).toBeCloseTo((expected.open / salesCents) * 365, 9);
    expect(kpis.bestPossibleDso).toBeCloseTo((expected.buckets[0]! / salesCents) * 365, 9);
  });
});
