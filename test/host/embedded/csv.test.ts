import { EmbeddedWorkbook, csvCells } from "../../../src/host/embedded";

describe("csvCells", () => {
  it("makes plainly written numbers numbers and keeps everything else as text", () => {
    const text =
      'Customer,Amount,Due,Account\nAcme,1234.5,2026-10-31,00123\nBeta,-3,31/10/2026,0\n"Gamma, Ltd","1,234.50",,0.5\n';
    expect(csvCells(text)).toEqual([
      ["Customer", "Amount", "Due", "Account"],
      ["Acme", 1234.5, "2026-10-31", "00123"],
      ["Beta", -3, "31/10/2026", 0],
      ["Gamma, Ltd", "1,234.50", null, 0.5],
    ]);
  });

  it("keeps what only looks like a number as text", () => {
    expect(csvCells("+5,1e3,.5,1.,12 , 12,TRUE,=A1")).toEqual([
      ["+5", "1e3", ".5", "1.", "12 ", " 12", "TRUE", "=A1"],
    ]);
  });

  it("detects the delimiter and reads CRLF files with a byte-order mark", () => {
    expect(csvCells("\uFEFFKunde;Betrag\r\nAcme;10\r\n")).toEqual([
      ["Kunde", "Betrag"],
      ["Acme", 10],
    ]);
    expect(csvCells("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      [1, 2],
    ]);
  });

  it("keeps blank lines inside the file, so row numbers match the file's lines, and drops trailing ones", () => {
    expect(csvCells("a,b\n\n1,2\n\n\n")).toEqual([["a", "b"], [null], [1, 2]]);
  });

  it("reads an empty file as no rows", () => {
    expect(csvCells("")).toEqual([]);
    expect(csvCells("\n\n")).toEqual([]);
  });
});

describe("EmbeddedWorkbook.fromCsv", () => {
  it("holds the file as one sheet", async () => {
    const workbook = EmbeddedWorkbook.fromCsv("Customer,Amount\nAcme,100\n=cmd,00123", {
      sheetName: "Ledger",
    });
    expect(workbook.sheetNames()).toEqual(["Ledger"]);
    const rows: unknown[] = [];
    for await (const block of workbook.readRows({ kind: "sheet", sheet: "Ledger" })) rows.push(...block.rows);
    // "=cmd" is text from a file, never a formula
    expect(rows).toEqual([
      ["Customer", "Amount"],
      ["Acme", 100],
      ["=cmd", "00123"],
    ]);
    expect(workbook.formulaCells()).toEqual([]);
  });

  it("makes an empty file an empty sheet", async () => {
    const workbook = EmbeddedWorkbook.fromCsv("");
    expect(await workbook.listSheets()).toEqual([
      { name: "Sheet1", rowCount: 0, columnCount: 0, visible: true, ownedByCreditKit: false },
    ]);
  });

  it("refuses a sheet name Excel would refuse", () => {
    expect(() => EmbeddedWorkbook.fromCsv("a", { sheetName: "a/b" })).toThrow(
      expect.objectContaining({ code: "invalidSheetName" }),
    );
  });
});
