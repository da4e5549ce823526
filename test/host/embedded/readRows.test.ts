import { EmbeddedWorkbook } from "../../../src/host/embedded";
import { type Progress, type ReadBlock } from "../../../src/host/port";

/** A ledger of 24 invoices under a header, as a CSV file. */
function ledgerCsv(): string {
  const lines = ["Customer,Invoice,Due,Open"];
  for (let i = 1; i <= 24; i++) lines.push(`C${i},INV-${i},2026-10-${String(i).padStart(2, "0")},${i * 100}`);
  return lines.join("\n");
}

async function collect(iterable: AsyncIterable<ReadBlock>): Promise<ReadBlock[]> {
  const blocks: ReadBlock[] = [];
  for await (const block of iterable) blocks.push(block);
  return blocks;
}

describe("describe and readRows", () => {
  it("reads a sheet's used range in blocks, reporting progress", async () => {
    const workbook = EmbeddedWorkbook.fromCsv(ledgerCsv(), { sheetName: "Ledger" });
    const source = { kind: "sheet", sheet: "Ledger" } as const;
    // header + 24 rows = 25 rows × 4 columns from A1
    expect(await workbook.describe(source)).toEqual({
      sheet: "Ledger",
      firstRow: 1,
      firstColumn: 1,
      rowCount: 25,
      columnCount: 4,
    });
    const progress: Progress[] = [];
    const blocks = await collect(
      workbook.readRows(source, { blockRows: 10, onProgress: (p) => progress.push(p) }),
    );
    // 25 rows in blocks of 10: rows 1–10, 11–20, 21–25
    expect(blocks.map((b) => [b.firstRow, b.rows.length])).toEqual([
      [1, 10],
      [11, 10],
      [21, 5],
    ]);
    expect(progress).toEqual([
      { phase: "read", done: 10, total: 25 },
      { phase: "read", done: 20, total: 25 },
      { phase: "read", done: 25, total: 25 },
    ]);
    expect(blocks[0]?.rows[0]).toEqual(["Customer", "Invoice", "Due", "Open"]);
    // row 25 is invoice 24: open 24 × 100 = 2400; the due date stays text for the ledger reader
    expect(blocks[2]?.rows[4]).toEqual(["C24", "INV-24", "2026-10-24", 2400]);
  });

  it("starts the used range at the first used cell", async () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "B3", "Customer");
    workbook.setCell("Sheet1", "C4", 100);
    workbook.setCell("Sheet1", "D4", "=NA()");
    expect(await workbook.describe({ kind: "sheet", sheet: "Sheet1" })).toEqual({
      sheet: "Sheet1",
      firstRow: 3,
      firstColumn: 2,
      rowCount: 2,
      columnCount: 3,
    });
    const [block] = await collect(workbook.readRows({ kind: "sheet", sheet: "Sheet1" }));
    expect(block).toEqual({
      firstRow: 3,
      rows: [
        ["Customer", null, null],
        [null, 100, { error: "#N/A" }],
      ],
    });
  });

  it("reads a table with its header row", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await workbook.writeSheet({
      name: "Data",
      blocks: [
        {
          topLeft: "B2",
          rows: [
            ["Customer", "Open"],
            ["Acme", 100],
            ["Beta", 50],
            ["Total", 150],
          ],
        },
      ],
      tables: [{ name: "Open", range: "B2:C5", style: "TableStyleLight9", totalsRow: true }],
    });
    expect(await workbook.listTables()).toEqual([
      // 4 rows − header − totals = 2 data rows
      { name: "Open", sheet: "Data", address: "B2:C5", rowCount: 2, headers: ["Customer", "Open"] },
    ]);
    expect(await workbook.describe({ kind: "table", table: "open" })).toEqual({
      sheet: "Data",
      firstRow: 2,
      firstColumn: 2,
      rowCount: 4,
      columnCount: 2,
    });
    const blocks = await collect(workbook.readRows({ kind: "table", table: "Open" }, { blockRows: 3 }));
    expect(blocks).toEqual([
      {
        firstRow: 2,
        rows: [
          ["Customer", "Open"],
          ["Acme", 100],
          ["Beta", 50],
        ],
      },
      { firstRow: 5, rows: [["Total", 150]] },
    ]);
  });

  it("stops with `cancelled` between blocks", async () => {
    const workbook = EmbeddedWorkbook.fromCsv(ledgerCsv());
    const controller = new AbortController();
    const read = collect(
      workbook.readRows(
        { kind: "sheet", sheet: "Sheet1" },
        { blockRows: 10, signal: controller.signal, onProgress: () => controller.abort() },
      ),
    );
    await expect(read).rejects.toMatchObject({ code: "cancelled" });
  });

  it("names a missing sheet or table", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await expect(workbook.describe({ kind: "sheet", sheet: "Nope" })).rejects.toMatchObject({
      code: "sheetNotFound",
      params: { sheet: "Nope" },
    });
    await expect(collect(workbook.readRows({ kind: "table", table: "Nope" }))).rejects.toMatchObject({
      code: "tableNotFound",
    });
  });

  it("reads nothing from an empty sheet", async () => {
    const workbook = EmbeddedWorkbook.empty();
    expect(await collect(workbook.readRows({ kind: "sheet", sheet: "Sheet1" }))).toEqual([]);
    expect(await workbook.listSheets()).toEqual([
      { name: "Sheet1", rowCount: 0, columnCount: 0, visible: true, ownedByCreditKit: false },
    ]);
    expect(await workbook.uses1904DateSystem()).toBe(false);
  });
});
