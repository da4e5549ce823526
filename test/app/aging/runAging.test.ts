import { detectAgingColumns, runAging } from "../../../src/app/aging/runAging";
import { type RawCell } from "../../../src/host";
import { MemoryHost } from "../../taskpane/_lib/memoryHost";

// Serial dates: 45900 = 2025-09-01, 45930 = 2025-10-01, 45961 = 2025-11-01.
const AS_OF = 45961;
const HEADER: RawCell[] = ["Customer", "Invoice date", "Due date", "Amount"];
const LEDGER: RawCell[][] = [
  HEADER,
  ["Acme", 45880, 45900, 1000], // 61 days past due → 61–90
  ["Acme", 45910, 45930, 250.5], // 31 days → 31–60
  ["Bolt", 45950, 45980, 99.99], // not due
];

function ledgerHost(
  rows: RawCell[][],
  options: { firstColumn?: number; blockRows?: number } = {},
): MemoryHost {
  const host = new MemoryHost([{ name: "Ledger", rows, firstColumn: options.firstColumn }]);
  host.blockRows = options.blockRows ?? 4;
  return host;
}

const source = { kind: "sheet", sheet: "Ledger" } as const;

describe("runAging", () => {
  it("finds a header below titles and blank rows even when every block is smaller than the search", async () => {
    // Two title rows and a blank row push the header to row 4; blocks of 2 rows mean no single block
    // holds both a title and the header.
    const rows: RawCell[][] = [["Receivables ledger"], ["Exported 2025-11-01"], [], ...LEDGER];
    const run = await runAging(ledgerHost(rows, { blockRows: 2 }), { source, asOf: AS_OF });
    expect(run.kind).toBe("done");
    if (run.kind !== "done") return;
    expect(run.detection.headerRow).toBe(3);
    // 1000 + 250.50 + 99.99 = 1350.49, all in one currency.
    expect(run.result.totals.map((t) => t.open)).toEqual([1350.49]);
    const acme = run.result.groups.find((g) => g.key === "Acme");
    expect(acme?.open).toBe(1250.5);
    expect(acme?.overdue).toBe(1250.5);
    expect(run.result.rejected).toEqual([]);
  });

  it("gives the same result whatever the block size", async () => {
    const sizes = [1, 2, 3, 100];
    const totals = await Promise.all(
      sizes.map(async (blockRows) => {
        const run = await runAging(ledgerHost(LEDGER, { blockRows }), { source, asOf: AS_OF });
        return run.kind === "done" ? run.result.groups.map((g) => [g.key, g.open, ...g.buckets]) : run.kind;
      }),
    );
    // Acme: 1000 in 61–90 and 250.50 in 31–60; Bolt: 99.99 not yet due.
    expect(totals[0]).toEqual([
      ["Acme", 1250.5, 0, 0, 250.5, 1000, 0, 0],
      ["Bolt", 99.99, 99.99, 0, 0, 0, 0, 0],
    ]);
    for (const total of totals) expect(total).toEqual(totals[0]);
  });

  it("blocks a ledger without a customer column until the user maps one", async () => {
    // "Zzz" matches no customer synonym.
    const rows: RawCell[][] = [
      ["Zzz", "Due date", "Amount"],
      ["Acme", 45900, 1000],
    ];
    const blocked = await runAging(ledgerHost(rows), { source, asOf: AS_OF });
    expect(blocked.kind).toBe("blocked");
    if (blocked.kind !== "blocked") return;
    expect(blocked.problems.map((p) => p.id)).toEqual(["ledgerNoCustomerColumn"]);

    const mapped = await runAging(ledgerHost(rows), { source, asOf: AS_OF, mapping: { customer: 0 } });
    expect(mapped.kind).toBe("done");
    if (mapped.kind === "done")
      expect(mapped.result.groups.map((g) => [g.key, g.open])).toEqual([["Acme", 1000]]);
  });

  it("accepts an open-balance column mapped by hand in place of a missing amount column", async () => {
    const rows: RawCell[][] = [
      ["Customer", "Due date", "Qqq"],
      ["Acme", 45900, 40],
    ];
    const blocked = await runAging(ledgerHost(rows), { source, asOf: AS_OF });
    expect(blocked.kind === "blocked" && blocked.problems.map((p) => p.id)).toEqual(["ledgerNoAmountColumn"]);
    const mapped = await runAging(ledgerHost(rows), { source, asOf: AS_OF, mapping: { open: 2 } });
    expect(mapped.kind === "done" && mapped.result.totals[0]?.open).toBe(40);
  });

  it("says the sheet is empty rather than failing silently", async () => {
    const run = await runAging(ledgerHost([]), { source, asOf: AS_OF });
    expect(run.kind).toBe("blocked");
    if (run.kind === "blocked") expect(run.problems.map((p) => p.id)).toEqual(["sourceEmpty"]);
  });

  it("names rejected cells by their sheet row when the data starts below row 1 and right of column A", async () => {
    const rows: RawCell[][] = [HEADER, ["Acme", 45880, 45900, "12,0x"], ["Bolt", 45950, 45980, 5]];
    const host = new MemoryHost([{ name: "Ledger", rows, firstRow: 3, firstColumn: 3 }]);
    const run = await runAging(host, { source, asOf: AS_OF });
    expect(run.kind).toBe("done");
    if (run.kind !== "done") return;
    // Header on sheet row 3, the bad amount on sheet row 4.
    expect(run.result.rejected.map((r) => [r.row, r.column, r.value, r.reason])).toEqual([
      [4, "Amount", "12,0x", "ledgerAmountUnreadable"],
    ]);
    expect(run.result.totals[0]?.open).toBe(5);
  });
});

describe("detectAgingColumns", () => {
  it("maps the columns from the first rows and reports the header row", async () => {
    const { detection } = await detectAgingColumns(ledgerHost(LEDGER), source);
    expect(detection.headerRow).toBe(0);
    expect(detection.mapping).toMatchObject({ customer: 0, invoiceDate: 1, dueDate: 2, amount: 3 });
  });
});
