import { HostError, type Progress, type RawCell, type ReadBlock } from "../../../src/host";
import { OfficeWorkbookHost } from "../../../src/host/office";
import { FakeWorkbook, type FakeValue, PAYLOAD_LIMIT_BYTES } from "./_lib/fakeExcel";

const BUDGET = 4_000_000;

/** A ledger row: text (some of it Chinese, 3 bytes a character), an invoice number, dates, amounts. */
function ledgerRow(i: number): FakeValue[] {
  return [
    i % 3 === 0 ? `客户 ${i % 977}` : `Customer ${i % 977}`,
    `INV-${String(i).padStart(6, "0")}`,
    45_000 + (i % 365),
    45_030 + (i % 365),
    1_000 + i / 100,
    i % 7 === 0 ? { error: "#N/A" } : 250.5,
    i % 11 === 0 ? null : "CNY",
    i % 2 === 0,
    i,
    "Open",
  ];
}

async function readAll(host: OfficeWorkbookHost, ...args: Parameters<OfficeWorkbookHost["readRows"]>) {
  const blocks: ReadBlock[] = [];
  for await (const block of host.readRows(...args)) blocks.push(block);
  return blocks;
}

describe("readRows: a 200,000-row × 10-column sheet", () => {
  const book = new FakeWorkbook();
  const rows = Array.from({ length: 200_000 }, (_, i) => ledgerRow(i));
  book.addSheet("Ledger", rows);
  const progress: Progress[] = [];
  let blocks: ReadBlock[] = [];

  beforeAll(async () => {
    const host = new OfficeWorkbookHost(book.run);
    blocks = await readAll(host, { kind: "sheet", sheet: "Ledger" }, { onProgress: (p) => progress.push(p) });
  }, 60_000);

  it("returns every row once, in order, with the sheet row of each block", () => {
    expect(blocks.reduce((n, b) => n + b.rows.length, 0)).toBe(200_000);
    let expectedFirst = 1;
    for (const block of blocks) {
      expect(block.firstRow).toBe(expectedFirst);
      expectedFirst += block.rows.length;
    }
    const last = blocks[blocks.length - 1]!;
    // Sheet row 200,000 is ledger row 199,999: 199,999 % 3 = 1 → "Customer n" with
    // n = 199,999 % 977 = 199,999 − 977 × 204 (= 199,308) = 691.
    expect(last.rows[last.rows.length - 1]?.[0]).toBe("Customer 691");
    expect(last.rows[last.rows.length - 1]?.[8]).toBe(199_999);
  });

  it("reads in blocks of 5,000–20,000 rows (the last may be shorter)", () => {
    expect(blocks.length).toBeGreaterThan(1);
    blocks.slice(0, -1).forEach((b) => {
      expect(b.rows.length).toBeGreaterThanOrEqual(5_000);
      expect(b.rows.length).toBeLessThanOrEqual(20_000);
    });
  });

  it("makes exactly one sync per block (plus one to locate the sheet and one to sample it)", () => {
    expect(book.syncs).toHaveLength(blocks.length + 2);
    // Sync 1 locates the used range, sync 2 loads 100 sample rows; then each sync loads one block.
    expect(book.syncs[1]?.rowsLoaded).toBe(100);
    book.syncs.slice(2).forEach((sync, i) => expect(sync.rowsLoaded).toBe(blocks[i]?.rows.length));
  });

  it("keeps every response under 4 MB", () => {
    for (const sync of book.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(BUDGET);
    expect(book.syncs.every((sync) => !sync.failed)).toBe(true);
  });

  it("sizes the first block from the sample: 4,000,000 / (sample bytes per row × 1.5)", () => {
    // The fake measured the sample response itself (UTF-8 bytes of the JSON of values + valueTypes).
    const perRow = book.syncs[1]!.responseBytes / 100;
    expect(blocks[0]?.rows.length).toBe(Math.min(20_000, Math.floor(BUDGET / (perRow * 1.5))));
  });

  it("reports progress monotonically from 0 to the total", () => {
    expect(progress[0]).toEqual({ phase: "read", done: 0, total: 200_000 });
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.done).toBeGreaterThanOrEqual(progress[i - 1]!.done);
    expect(progress[progress.length - 1]).toEqual({ phase: "read", done: 200_000, total: 200_000 });
    expect(progress).toHaveLength(blocks.length + 1);
  });
});

describe("readRows: cell mapping", () => {
  it("maps errors, blanks, text, numbers and booleans to RawCell", async () => {
    const book = new FakeWorkbook();
    // Data starts at B3: the used range, not A1, is what is read.
    book.addSheet("Ledger", [
      [],
      [],
      [null, "Customer", "Amount", "Flag"],
      [null, "Acme", { error: "#N/A" }, true],
      [null, "#N/A", "", false],
      [null, null, 0, { error: "#DIV/0!" }],
    ]);
    const host = new OfficeWorkbookHost(book.run);
    const blocks = await readAll(host, { kind: "sheet", sheet: "Ledger" });
    const expected: RawCell[][] = [
      ["Customer", "Amount", "Flag"],
      ["Acme", { error: "#N/A" }, true],
      ["#N/A", null, false], // the text "#N/A" stays text; "" is a blank
      [null, 0, { error: "#DIV/0!" }], // 0 stays 0, not a blank
    ];
    expect(blocks).toEqual([{ firstRow: 3, rows: expected }]);
    await expect(host.describe({ kind: "sheet", sheet: "Ledger" })).resolves.toEqual({
      sheet: "Ledger",
      firstRow: 3,
      firstColumn: 2,
      rowCount: 4,
      columnCount: 3,
    });
  });

  it("reads a table with its header row and without its totals row", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("AR", [
      ["Aging ledger"],
      [],
      ["Customer", "Open"],
      ["Acme", 100],
      ["Beta", 200],
      ["Total", 300],
    ]);
    book.addTable("Ledger", sheet, "A3:B6", true);
    const host = new OfficeWorkbookHost(book.run);
    // A3:B6 is 4 rows; the totals row (row 6) is not a ledger line, leaving 3.
    await expect(host.describe({ kind: "table", table: "Ledger" })).resolves.toEqual({
      sheet: "AR",
      firstRow: 3,
      firstColumn: 1,
      rowCount: 3,
      columnCount: 2,
    });
    const blocks = await readAll(host, { kind: "table", table: "Ledger" });
    expect(blocks).toEqual([
      {
        firstRow: 3,
        rows: [
          ["Customer", "Open"],
          ["Acme", 100],
          ["Beta", 200],
        ],
      },
    ]);
  });

  it("reads an empty sheet as no blocks, with progress 0 of 0", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Empty");
    const progress: Progress[] = [];
    const blocks = await readAll(
      new OfficeWorkbookHost(book.run),
      { kind: "sheet", sheet: "Empty" },
      {
        onProgress: (p) => progress.push(p),
      },
    );
    expect(blocks).toEqual([]);
    expect(progress).toEqual([{ phase: "read", done: 0, total: 0 }]);
    expect(book.syncs).toHaveLength(1);
  });
});

describe("readRows: refusals and cancellation", () => {
  it("names a missing sheet or table", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Ledger", [[1]]);
    const host = new OfficeWorkbookHost(book.run);
    await expect(readAll(host, { kind: "sheet", sheet: "Nope" })).rejects.toEqual(
      new HostError("sheetNotFound", { name: "Nope" }),
    );
    await expect(host.describe({ kind: "table", table: "Gone" })).rejects.toEqual(
      new HostError("tableNotFound", { name: "Gone" }),
    );
  });

  it("stops between blocks when cancelled, with HostError cancelled", async () => {
    const book = new FakeWorkbook();
    book.addSheet(
      "Ledger",
      Array.from({ length: 30_000 }, (_, i) => ledgerRow(i)),
    );
    const controller = new AbortController();
    const host = new OfficeWorkbookHost(book.run);
    const seen: ReadBlock[] = [];
    const reading = (async () => {
      for await (const block of host.readRows(
        { kind: "sheet", sheet: "Ledger" },
        { signal: controller.signal, blockRows: 5_000 },
      )) {
        seen.push(block);
        controller.abort();
      }
    })();
    await expect(reading).rejects.toEqual(new HostError("cancelled"));
    expect(seen).toHaveLength(1);
    // Locate, sample, one block: nothing was requested after the cancellation.
    expect(book.syncs).toHaveLength(3);
  });

  it("refuses to start when already cancelled", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Ledger", [[1]]);
    const controller = new AbortController();
    controller.abort();
    await expect(
      readAll(
        new OfficeWorkbookHost(book.run),
        { kind: "sheet", sheet: "Ledger" },
        { signal: controller.signal },
      ),
    ).rejects.toEqual(new HostError("cancelled"));
    expect(book.syncs).toHaveLength(0);
  });

  it("halves a block Excel refuses as too large, then sizes blocks from what it measured", async () => {
    const book = new FakeWorkbook();
    // The first 100 rows (the sample) are short; the rest carry 300 Chinese characters (900 bytes) per cell.
    const long = "账".repeat(300);
    const rows = Array.from({ length: 12_000 }, (_, i): FakeValue[] => (i < 100 ? ["a", "b"] : [long, long]));
    book.addSheet("Notes", rows);
    const blocks = await readAll(new OfficeWorkbookHost(book.run), { kind: "sheet", sheet: "Notes" });
    expect(blocks.reduce((n, b) => n + b.rows.length, 0)).toBe(12_000);
    expect(blocks[blocks.length - 1]?.rows[0]?.[0]).toBe(long);
    const refused = book.syncs.filter((s) => s.failed);
    expect(refused.length).toBeGreaterThan(0);
    for (const sync of book.syncs.filter((s) => !s.failed))
      expect(sync.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    // After the first heavy block, the estimate holds: no further refusals, every response within budget.
    const firstGood = book.syncs.findIndex((s, i) => i > 1 && !s.failed);
    book.syncs.slice(firstGood + 1).forEach((sync) => {
      expect(sync.failed).toBe(false);
      expect(sync.responseBytes).toBeLessThanOrEqual(BUDGET);
    });
  }, 30_000);
});

describe("readRows: a wide sheet", () => {
  it("samples fewer rows of a wide sheet: at most 10,000 cells", async () => {
    const book = new FakeWorkbook();
    // 300 columns: ⌊10,000 / 300⌋ = 33 sample rows.
    book.addSheet(
      "Wide",
      Array.from({ length: 50 }, (_, r) => Array.from({ length: 300 }, (_, c) => r * 300 + c)),
    );
    const blocks = await readAll(new OfficeWorkbookHost(book.run), { kind: "sheet", sheet: "Wide" });
    expect(book.syncs[1]?.rowsLoaded).toBe(33);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.rows[49]?.[299]).toBe(49 * 300 + 299);
  });
});
