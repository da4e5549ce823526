import { CsvLedgerHost } from "../../../src/host/csv/csvLedgerHost";
import { HostError, type RawCell } from "../../../src/host";

async function readAll(host: CsvLedgerHost, blockRows?: number) {
  const blocks: { firstRow: number; rows: readonly (readonly RawCell[])[] }[] = [];
  const progress: number[] = [];
  for await (const block of host.readRows(
    { kind: "sheet", sheet: "ledger" },
    { blockRows, onProgress: (p) => progress.push(p.done) },
  )) {
    blocks.push(block);
  }
  return { blocks, progress };
}

describe("CsvLedgerHost", () => {
  const csv = 'customer,amount,due\nACME,"1,234.50",2026-10-01\n\n"Wu, Ltd",-50,2026-09-01\nZed,7,\n';

  it("reads every record in blocks with their sheet rows, quoted commas kept, blanks as null", async () => {
    const host = new CsvLedgerHost(csv, "ledger");
    const { blocks, progress } = await readAll(host, 2);
    expect(blocks.map((b) => b.firstRow)).toEqual([1, 3, 5]);
    const rows = blocks.flatMap((b) => b.rows);
    expect(rows).toEqual([
      ["customer", "amount", "due"],
      ["ACME", "1,234.50", "2026-10-01"],
      [null],
      ["Wu, Ltd", "-50", "2026-09-01"],
      ["Zed", "7", null],
    ]);
    expect(progress).toEqual([2, 4, 5]);
  });

  it("describes the file as one sheet", async () => {
    const host = new CsvLedgerHost(csv, "ledger");
    expect(await host.describe({ kind: "sheet", sheet: "ledger" })).toEqual({
      sheet: "ledger",
      firstRow: 1,
      firstColumn: 1,
      rowCount: 5,
      columnCount: 3,
    });
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["ledger"]);
  });

  it("reads a file without a final newline and an empty file", async () => {
    expect((await readAll(new CsvLedgerHost("a,b\n1,2", "ledger"))).blocks.flatMap((b) => b.rows)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect((await readAll(new CsvLedgerHost("", "ledger"))).blocks).toEqual([]);
  });

  it("honours cancellation between blocks", async () => {
    const host = new CsvLedgerHost("a\n1\n2\n3\n", "ledger");
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const block of host.readRows(
          { kind: "sheet", sheet: "ledger" },
          { blockRows: 1, signal: controller.signal },
        )) {
          seen.push(block.firstRow);
          controller.abort();
        }
      })(),
    ).rejects.toEqual(new HostError("cancelled"));
    expect(seen).toEqual([1]);
  });

  it("refuses other sheets, tables and writes", async () => {
    const host = new CsvLedgerHost(csv, "ledger");
    await expect(host.describe({ kind: "sheet", sheet: "Other" })).rejects.toMatchObject({
      code: "sheetNotFound",
    });
    await expect(host.describe({ kind: "table", table: "T" })).rejects.toMatchObject({
      code: "tableNotFound",
    });
    await expect(host.writeSheet()).rejects.toMatchObject({ code: "hostFailure" });
  });
});
