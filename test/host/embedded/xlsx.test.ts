import ExcelJS from "exceljs";
import { type SheetSpec } from "../../../src/core/report";
import { CHARTS_SETTING, EmbeddedWorkbook, SETTINGS_SHEET } from "../../../src/host/embedded";
import { OWNED_SHEETS_SETTING, type ReadBlock } from "../../../src/host/port";

/** A report using every part of a SheetSpec, with CREDIT formulas over cells and ranges. */
const REPORT: SheetSpec = {
  name: "Report",
  tabColor: "#1F4E79",
  blocks: [
    { topLeft: "A1", rows: [["Credit report"]] },
    {
      topLeft: "A3",
      rows: [
        ["Customer", "Score", "Grade", "Open", "Due"],
        ["Acme", 86, { formula: "CREDIT.GRADE(B4)" }, 100, 45000],
        ["Beta", 72, { formula: "CREDIT.GRADE(B5)" }, 200, 45100],
        ["Gamma", 59.5, { formula: "CREDIT.GRADE(B6)" }, 0, 45150],
      ],
    },
    { topLeft: "G3", rows: [["Score of A–C", { formula: "CREDIT.SCORE({5,4,3},{0.5,0.3,0.2})" }]] },
    { topLeft: "G4", rows: [["As of", 45200]] },
    { topLeft: "A9", rows: [[{ formula: "CREDIT.AGING(D4:D6,E4:E6,H4)" }]] },
    { topLeft: "A12", rows: [[true, null, "00123", { formula: "NA()" }]] },
  ],
  numberFormats: [
    { range: "D4:D6", format: "#,##0.00" },
    { range: "E4:E6", format: "yyyy-mm-dd" },
    { range: "H3", format: "0.0" },
  ],
  styles: [
    { range: "A1", bold: true, fontSize: 14, fontColor: "#1F4E79" },
    { range: "A3:E3", bold: true, fill: "#DDEBF7", horizontalAlignment: "center", wrapText: true },
    { range: "A4", italic: true },
  ],
  tables: [
    { name: "Customers", range: "A3:E6", style: "TableStyleMedium2", totalsRow: false, bandedRows: true },
  ],
  conditionalFormats: [
    {
      kind: "cellValue",
      range: "B4:B6",
      operator: "lessThan",
      formula1: "60",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
    { kind: "cellValue", range: "D4:D6", operator: "between", formula1: "1", formula2: "150" },
    { kind: "colorScale", range: "B4:B6", minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" },
    { kind: "dataBar", range: "D4:D6", color: "#638EC6" },
  ],
  dataValidations: [
    {
      range: "B4:B6",
      rule: { kind: "decimal", min: 0, max: 100 },
      errorTitle: "Score",
      errorMessage: "0 to 100",
      prompt: "Score 0–100",
    },
    {
      range: "C4:C6",
      rule: { kind: "list", values: ["A", "B", "C", "D"] },
      errorTitle: "Grade",
      errorMessage: "A, B, C or D",
    },
    {
      range: "D10",
      rule: { kind: "wholeNumber", min: 1, max: 5 },
      errorTitle: "Points",
      errorMessage: "1 to 5",
    },
  ],
  columnWidths: [
    { column: 1, width: 24 },
    { column: 7, width: 14.5 },
  ],
  merges: ["A1:E1"],
  freeze: { rows: 3, columns: 1 },
  charts: [
    {
      kind: "columnStacked",
      sourceRange: "A9:F10",
      seriesBy: "rows",
      title: "Aging",
      anchor: "H9",
      width: 480,
      height: 280,
    },
  ],
};

async function cells(workbook: EmbeddedWorkbook, sheet: string): Promise<(readonly unknown[])[]> {
  const rows: (readonly unknown[])[] = [];
  const blocks: ReadBlock[] = [];
  for await (const block of workbook.readRows({ kind: "sheet", sheet })) blocks.push(block);
  for (const block of blocks) rows.push(...block.rows);
  return rows;
}

async function reportWorkbook(): Promise<EmbeddedWorkbook> {
  const workbook = EmbeddedWorkbook.empty();
  await workbook.writeSheet(REPORT);
  workbook.setCell("Sheet1", "A1", 72);
  workbook.setCell("Sheet1", "B1", "=CREDIT.GRADE(A1)");
  workbook.setCell("Sheet1", "C1", "=Report!H3*2");
  await workbook.setSetting("creditkit.language", "zh-CN");
  return workbook;
}

describe("xlsx round trip", () => {
  it("keeps values, formulas, spills, formats, tables, rules, layout and settings", async () => {
    const original = await reportWorkbook();
    const copy = await EmbeddedWorkbook.fromXlsx(await original.toXlsx());
    expect(copy.warnings).toEqual([]);
    expect(copy.sheetNames()).toEqual(["Sheet1", "Report"]);
    expect(await cells(copy, "Report")).toEqual(await cells(original, "Report"));
    expect(await cells(copy, "Sheet1")).toEqual(await cells(original, "Sheet1"));
    expect(copy.formulaCells()).toEqual(original.formulaCells());
    expect(copy.sheetLayout("Report")).toEqual(original.sheetLayout("Report"));
    expect(await copy.listTables()).toEqual(await original.listTables());
    expect(await copy.getSetting(OWNED_SHEETS_SETTING)).toEqual(["Report"]);
    expect(await copy.getSetting(CHARTS_SETTING)).toEqual({ Report: REPORT.charts });
    expect(await copy.getSetting("creditkit.language")).toBe("zh-CN");
    expect((await copy.listSheets()).map((s) => s.name)).toEqual(["Sheet1", "Report"]);
    // a second round trip changes nothing
    const again = await EmbeddedWorkbook.fromXlsx(await copy.toXlsx());
    expect(again.formulaCells()).toEqual(copy.formulaCells());
    expect(again.sheetLayout("Report")).toEqual(copy.sheetLayout("Report"));
  });

  it("calculates the report's formulas, by hand", async () => {
    const copy = await EmbeddedWorkbook.fromXlsx(await (await reportWorkbook()).toXlsx());
    const values = Object.fromEntries(copy.formulaCells().map((c) => [`${c.sheet}!${c.address}`, c.value]));
    expect(values).toEqual({
      // 70 ≤ 72 < 85 → B
      "Sheet1!B1": { kind: "value", value: "B" },
      // (5×0.5 + 4×0.3 + 3×0.2) / 5 × 100 = 86; × 2 = 172
      "Sheet1!C1": { kind: "value", value: 172 },
      // 86 ≥ 85 → A; 72 → B; 59.5 < 60 → D
      "Report!C4": { kind: "value", value: "A" },
      "Report!C5": { kind: "value", value: "B" },
      "Report!C6": { kind: "value", value: "D" },
      "Report!H3": { kind: "value", value: 86 },
      // as of 45200: 100 due 45000 → 200 days → 121+; 200 due 45100 → 100 days → 91-120; the zero is skipped
      "Report!A9": {
        kind: "array",
        rows: [
          ["Not due", "1-30", "31-60", "61-90", "91-120", "121+"],
          [0, 0, 0, 0, 200, 100],
        ],
      },
      "Report!D12": { kind: "error", error: "#N/A", message: "" },
    });
  });

  it("writes a spill as an array formula, CREDIT functions by name, and the settings very hidden", async () => {
    const bytes = await (await reportWorkbook()).toXlsx();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const report = book.getWorksheet("Report");
    expect(report?.getCell("A9").value).toMatchObject({
      formula: "CREDIT.AGING(D4:D6,E4:E6,H4)",
      shareType: "array",
      ref: "A9:F10",
    });
    // the saved results are there for a reader that does not recalculate
    expect(report?.getCell("F10").value).toBe(100);
    expect(report?.getCell("C4").value).toEqual({ formula: "CREDIT.GRADE(B4)", result: "A" });
    expect(report?.getCell("E4").numFmt).toBe("yyyy-mm-dd");
    expect(report?.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(book.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    expect(book.properties.date1904).toBeFalsy();
  });
});

describe("reading .xlsx files written by others", () => {
  async function bytesOf(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    build(book);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  it("converts a 1904-system workbook's dates to 1900 serials and says so", async () => {
    const bytes = await bytesOf((book) => {
      book.properties.date1904 = true;
      const sheet = book.addWorksheet("Ledger");
      // 44864 in the 1904 system is 2026-10-31; in the 1900 system that day is 44864 + 1462 = 46326
      sheet.getCell("A1").value = 44864;
      sheet.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    const workbook = await EmbeddedWorkbook.fromXlsx(bytes);
    expect(await workbook.uses1904DateSystem()).toBe(true);
    expect(workbook.getCellValue("Ledger", "A1")).toEqual({ kind: "value", value: 46326 });
  });

  it("reads dates as serials and keeps error values", async () => {
    const bytes = await bytesOf((book) => {
      const sheet = book.addWorksheet("Ledger");
      sheet.getCell("A1").value = new Date(Date.UTC(2026, 9, 31));
      sheet.getCell("B1").value = { error: "#N/A" };
      sheet.getCell("C1").value = { richText: [{ text: "Ac" }, { text: "me" }] };
      sheet.getCell("D1").value = { text: "site", hyperlink: "https://example.com" };
    });
    const workbook = await EmbeddedWorkbook.fromXlsx(bytes);
    expect(await cells(workbook, "Ledger")).toEqual([[46326, { error: "#N/A" }, "Acme", "site"]]);
    expect(await workbook.uses1904DateSystem()).toBe(false);
  });

  it("keeps the saved value of a formula HyperFormula cannot read, and writes the formula back", async () => {
    const bytes = await bytesOf((book) => {
      const sheet = book.addWorksheet("S");
      sheet.getCell("A1").value = 5;
      sheet.getCell("B1").value = { formula: "Table1[[#This Row],[Amount]]", result: 5 };
      sheet.getCell("C1").value = { formula: "B1*2", result: 10 };
      sheet.getCell("D1").value = { formula: "_xlfn.NOSUCHFUNCTION(A1)", result: 7 };
      sheet.getCell("E1").value = { formula: "D1+1", result: 8 };
    });
    const workbook = await EmbeddedWorkbook.fromXlsx(bytes);
    expect(workbook.warnings).toHaveLength(2);
    expect(workbook.warnings[0]).toContain("S!B1");
    expect(workbook.warnings[1]).toContain("NOSUCHFUNCTION");
    // B1 keeps 5, so C1 = 5 × 2 = 10; D1 keeps 7, so E1 = 7 + 1 = 8
    expect(workbook.formulaCells().map((c) => [c.address, c.value])).toEqual([
      ["B1", { kind: "value", value: 5 }],
      ["C1", { kind: "value", value: 10 }],
      ["D1", { kind: "value", value: 7 }],
      ["E1", { kind: "value", value: 8 }],
    ]);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load((await workbook.toXlsx()) as never);
    expect(written.getWorksheet("S")?.getCell("B1").value).toEqual({
      formula: "Table1[[#This Row],[Amount]]",
      result: 5,
    });
    expect(written.getWorksheet("S")?.getCell("D1").value).toEqual({
      formula: "_xlfn.NOSUCHFUNCTION(A1)",
      result: 7,
    });
  });

  it("reads CREDIT functions as Excel saves them, and newer functions behind their prefix", async () => {
    const bytes = await bytesOf((book) => {
      const sheet = book.addWorksheet("S");
      sheet.getCell("A1").value = 72;
      sheet.getCell("B1").value = { formula: "_xldudf_CREDIT_GRADE(A1)", result: "B" };
      sheet.getCell("C1").value = { formula: '_xlfn.TEXTJOIN("",TRUE,"_xlfn.",B1)', result: "_xlfn.B" };
    });
    const workbook = await EmbeddedWorkbook.fromXlsx(bytes);
    expect(workbook.warnings).toEqual([]);
    // 70 ≤ 72 < 85 → B, and the text inside the string literal is left alone
    expect(workbook.getCellValue("S", "B1")).toEqual({ kind: "value", value: "B" });
    expect(workbook.getCellValue("S", "C1")).toEqual({ kind: "value", value: "_xlfn.B" });
    // unedited formulas go back to the file exactly as they came
    const written = new ExcelJS.Workbook();
    await written.xlsx.load((await workbook.toXlsx()) as never);
    expect(written.getWorksheet("S")?.getCell("B1").value).toEqual({
      formula: "_xldudf_CREDIT_GRADE(A1)",
      result: "B",
    });
  });

  it("recalculates a saved spill instead of being blocked by its saved results", async () => {
    const bytes = await bytesOf((book) => {
      const sheet = book.addWorksheet("S");
      sheet.getCell("A1").value = {
        formula: "CREDIT.ABC({500,300,150,50})",
        result: "A",
        shareType: "array",
        ref: "A1:D1",
      } as never;
      sheet.getCell("B1").value = "A";
      sheet.getCell("C1").value = "B";
      sheet.getCell("D1").value = "C";
    });
    const workbook = await EmbeddedWorkbook.fromXlsx(bytes);
    // 500/1000 = 50 %, 800/1000 = 80 % crosses 70 % → A, A; 950/1000 = 95 % crosses 90 % → B; C
    expect(workbook.getCellValue("S", "A1")).toEqual({ kind: "array", rows: [["A", "A", "B", "C"]] });
  });

  it("hides very hidden sheets from nobody but reports them as not visible", async () => {
    const bytes = await bytesOf((book) => {
      book.addWorksheet("Visible").getCell("A1").value = 1;
      book.addWorksheet("Hidden", { state: "hidden" }).getCell("A1").value = 2;
    });
    const sheets = await (await EmbeddedWorkbook.fromXlsx(bytes)).listSheets();
    expect(sheets.map((s) => [s.name, s.visible])).toEqual([
      ["Visible", true],
      ["Hidden", false],
    ]);
  });

  it("refuses bytes that are not a workbook", async () => {
    await expect(EmbeddedWorkbook.fromXlsx(new TextEncoder().encode("not a zip"))).rejects.toMatchObject({
      code: "fileUnreadable",
    });
  });
});
