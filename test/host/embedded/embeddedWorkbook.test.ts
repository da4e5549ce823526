import { EmbeddedWorkbook, excelDigits } from "../../../src/host/embedded";
import { OWNED_SHEETS_SETTING } from "../../../src/host/port";

describe("EmbeddedWorkbook", () => {
  it("starts with one empty sheet", async () => {
    const workbook = EmbeddedWorkbook.empty();
    expect(workbook.kind).toBe("embedded");
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(workbook.formulaCells()).toEqual([]);
    expect(await workbook.listTables()).toEqual([]);
  });

  it("evaluates a formula in a scratch sheet it removes again", () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", 95000);
    // (95,000 − 0) / 100,000 = 0.95
    expect(workbook.evaluate("=CREDIT.COLLECTIONRATE(Sheet1!A1,100000)")).toEqual({
      kind: "value",
      value: 0.95,
    });
    expect(workbook.evaluate("CREDIT.GRADE(72)")).toEqual({ kind: "value", value: "B" });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(workbook.formulaCells()).toEqual([]);
  });

  it("reports a formula that does not parse as #ERROR! with the parser's message", () => {
    const result = EmbeddedWorkbook.empty().evaluate("=CREDIT.GRADE(72");
    expect(result).toMatchObject({ kind: "error", error: "#ERROR!" });
    expect(result.kind === "error" && result.message).toMatch(/^Parsing error/);
  });

  it("evaluates an unknown function to #NAME?", () => {
    expect(EmbeddedWorkbook.empty().evaluate("=CREDIT.NOPE(1)")).toMatchObject({
      kind: "error",
      error: "#NAME?",
    });
  });

  it("lists formula cells sheet by sheet, row by row, a spill once at its anchor", async () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "B2", "=1+1");
    workbook.setCell("Sheet1", "A3", '=CREDIT.LIMITS("A",100000,60,10,2000000)');
    workbook.setCell("Sheet1", "A1", "=CREDIT.GRADE(72)");
    await workbook.writeSheet({
      name: "Other",
      blocks: [{ topLeft: "A1", rows: [[{ formula: "Sheet1!B2*3" }]] }],
    });
    const cells = workbook.formulaCells();
    expect(cells.map((c) => `${c.sheet}!${c.address}`)).toEqual([
      "Sheet1!A1",
      "Sheet1!B2",
      "Sheet1!A3",
      "Other!A1",
    ]);
    // need 100,000 × (60 + 10) / 30 = 233,333.333…; × 1.2 = 280,000; cap 2,000,000 × 10 % = 200,000
    expect(cells[2]?.value).toEqual({
      kind: "array",
      rows: [
        ["Need", "Grade-adjusted need", "Net-worth cap", "Working-capital cap", "Recommended"],
        [233333.333333333, 280000, 200000, "", 200000],
      ],
    });
    // (1 + 1) × 3 = 6
    expect(cells[3]?.value).toEqual({ kind: "value", value: 6 });
    // inside the spill, a cell is its own value
    expect(workbook.getCellValue("Sheet1", "B4")).toEqual({ kind: "value", value: 280000 });
  });

  it("takes text as text and only text starting with = as a formula", () => {
    const workbook = EmbeddedWorkbook.empty();
    workbook.setCell("Sheet1", "A1", "2026/10/31");
    workbook.setCell("Sheet1", "A2", "85%");
    workbook.setCell("Sheet1", "A3", true);
    workbook.setCell("Sheet1", "A4", "=A3");
    expect(workbook.getCellValue("Sheet1", "A1")).toEqual({ kind: "value", value: "2026/10/31" });
    expect(workbook.getCellValue("Sheet1", "A2")).toEqual({ kind: "value", value: "85%" });
    expect(workbook.getCellValue("Sheet1", "A4")).toEqual({ kind: "value", value: true });
    workbook.setCell("Sheet1", "A4", null);
    expect(workbook.formulaCells()).toEqual([]);
  });

  it("removes a sheet, but never the last one", async () => {
    const workbook = EmbeddedWorkbook.empty();
    await workbook.writeSheet({ name: "Report", blocks: [{ topLeft: "A1", rows: [[1]] }] });
    workbook.setCell("Sheet1", "A1", "=Report!A1");
    workbook.removeSheet("report");
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(workbook.getCellValue("Sheet1", "A1")).toMatchObject({ kind: "error", error: "#REF!" });
    expect(await workbook.getSetting(OWNED_SHEETS_SETTING)).toEqual([]);
    expect(() => workbook.removeSheet("Sheet1")).toThrow(expect.objectContaining({ code: "hostFailure" }));
    expect(() => workbook.removeSheet("Nope")).toThrow(expect.objectContaining({ code: "sheetNotFound" }));
  });

  it("keeps each sheet's formats and spills when the language changes after a sheet was removed", async () => {
    // HyperFormula numbers sheets A, B, C as 0, 1, 2; its own rebuild would make C number 1 after B is
    // removed (giving C the formats kept for B) and write a spill's cells back as values (#SPILL!).
    const workbook = await EmbeddedWorkbook.fromSheetSpecs([
      {
        name: "A",
        blocks: [{ topLeft: "A1", rows: [[1]] }],
        numberFormats: [{ range: "A1", format: "0.0" }],
      },
      {
        name: "B",
        blocks: [{ topLeft: "A1", rows: [[2]] }],
        numberFormats: [{ range: "A1", format: "0.00" }],
      },
      {
        name: "C",
        blocks: [{ topLeft: "A1", rows: [[3, { formula: "=CREDIT.WOE({10;20},{5;5})" }]] }],
        numberFormats: [{ range: "A1", format: "0%" }],
        columnWidths: [{ column: 1, width: 30 }],
      },
    ]);
    workbook.removeSheet("B");
    workbook.setLanguage("zh-TW");
    expect(workbook.sheetLayout("A").numberFormats).toEqual([{ address: "A1", format: "0.0" }]);
    expect(workbook.sheetLayout("C").numberFormats).toEqual([{ address: "A1", format: "0%" }]);
    expect(workbook.sheetLayout("C").columnWidths).toEqual([{ column: 1, width: 30 }]);
    // WOE per bin = ln(%good / %bad): goods 10/30 and 20/30, bads 5/10 and 5/10 → ln(2/3), ln(4/3).
    // The anchor reports the whole spill; the cell under it its own value.
    const spill = () => workbook.getCellValue("C", "B1") as { kind: string; rows: number[][] };
    const woe = (address: string) => (workbook.getCellValue("C", address) as { value: number }).value;
    expect(spill().kind).toBe("array");
    expect(spill().rows[0]?.[0]).toBeCloseTo(Math.log(2 / 3), 12);
    expect(woe("B2")).toBeCloseTo(Math.log(4 / 3), 12);
    // And again, back to English: nothing moves.
    workbook.setLanguage("en");
    expect(workbook.sheetLayout("C").numberFormats).toEqual([{ address: "A1", format: "0%" }]);
    expect(spill().kind).toBe("array");
    expect(woe("B2")).toBeCloseTo(Math.log(4 / 3), 12);
  });

  it("refuses a missing sheet or a bad address", () => {
    const workbook = EmbeddedWorkbook.empty();
    expect(() => workbook.setCell("Nope", "A1", 1)).toThrow(
      expect.objectContaining({ code: "sheetNotFound" }),
    );
    expect(() => workbook.getCellValue("Sheet1", "A0")).toThrow(
      expect.objectContaining({ code: "hostFailure" }),
    );
  });

  it("shows numbers to Excel's 15 significant digits", () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary; Excel shows 0.3
    expect(excelDigits(0.1 + 0.2)).toBe(0.3);
    expect(EmbeddedWorkbook.empty().evaluate("=0.1+0.2")).toEqual({ kind: "value", value: 0.3 });
    expect(excelDigits(5e-324)).toBe(5e-324);
    expect(excelDigits(0)).toBe(0);
  });
});
