import { runAging } from "../../../src/app/aging/runAging";
import { readCustomerMaster } from "../../../src/core/ledger";
import { type CellInput } from "../../../src/core/report";
import { loadSampleWorkbook } from "../../../src/playground/sample/loadSampleWorkbook";
import { FIRST_DATA_ROW } from "../../../src/playground/sample/sampleLedger";
import { SAMPLE_SHEETS, sampleWorkbook } from "../../../src/playground/sample/sampleWorkbook";

const text = (cell: CellInput | undefined): string =>
  typeof cell === "string" || typeof cell === "number" ? String(cell) : "";

const ledgerRows = (sample: ReturnType<typeof sampleWorkbook>): readonly (readonly CellInput[])[] =>
  sample.sheets[0]?.blocks[1]?.rows.slice(1) ?? [];

describe("sampleWorkbook", () => {
  const sample = sampleWorkbook();

  it("is the same workbook on every call with the same seed, and another with another seed", () => {
    expect(sampleWorkbook()).toEqual(sample);
    expect(ledgerRows(sampleWorkbook({ seed: 7 }))).not.toEqual(ledgerRows(sample));
  });

  it("has a ledger of 5,000 invoices plus the planted broken rows, a master and a scorecard", () => {
    expect(sample.sheets.map((sheet) => sheet.name)).toEqual(["Ledger", "Customers", "Scorecard"]);
    expect(ledgerRows(sample)).toHaveLength(5_000 + sample.brokenRows.length);
    expect(sample.brokenRows.length).toBeGreaterThanOrEqual(5);
    expect(sample.customers).toHaveLength(60);
  });

  it("heads the customer master in Chinese and English", () => {
    const header = sample.sheets[1]?.blocks[0]?.rows[0] ?? [];
    expect(header.length).toBeGreaterThanOrEqual(6);
    for (const cell of header) expect(text(cell)).toMatch(/[\u4e00-\u9fff].* [A-Za-z]/);
  });

  it("has the usual mess: text dates of several shapes, amounts as text, credit notes", () => {
    const rows = ledgerRows(sample);
    const invoiceDates = rows.map((row) => row[3]).filter((cell): cell is string => typeof cell === "string");
    expect(invoiceDates.some((text) => /^\d{4}\/\d{2}\/\d{2}$/.test(text))).toBe(true);
    expect(invoiceDates.some((text) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(text))).toBe(true);
    expect(invoiceDates.some((text) => /^\d{2}-[A-Z][a-z]{2}-\d{4}$/.test(text))).toBe(true);
    expect(rows.some((row) => typeof row[6] === "string" && /^-?\d{1,3}(,\d{3})+\.\d{2}$/.test(row[6]))).toBe(
      true,
    );
    const creditNotes = rows.filter((row) => text(row[2]).startsWith("CN-"));
    expect(creditNotes.length).toBeGreaterThan(20);
    // Negative, whether stored as a number or exported as text ("-24,734.21").
    for (const row of creditNotes) expect(Number(text(row[6]).replace(/,/g, ""))).toBeLessThan(0);
  });

  it("loads into a workbook whose ledger ages with exactly the planted rows rejected", async () => {
    const { workbook } = await loadSampleWorkbook();
    expect((await workbook.listSheets()).map((sheet) => sheet.ownedByCreditKit)).toEqual([
      false,
      false,
      false,
    ]);
    // 2026-10-31 is Excel serial 46326.
    const run = await runAging(workbook, {
      source: { kind: "sheet", sheet: SAMPLE_SHEETS.ledger },
      asOf: 46_326,
    });
    if (run.kind !== "done") throw new Error("the sample ledger did not age");
    expect(run.detection.headerRow).toBe(FIRST_DATA_ROW - 2);
    expect(run.detection.problems).toEqual([]);
    expect(run.result.rejected.map((rejection) => rejection.row)).toEqual(sample.brokenRows);
    expect(run.result.totals.map((total) => total.currency)).toEqual(["CNY", "USD"]);
  });

  it("has a customer master the reader maps: customer, limit, terms, grade and review date", async () => {
    const { workbook } = await loadSampleWorkbook();
    const rows = [];
    for await (const block of workbook.readRows({ kind: "table", table: "CustomerMaster" }))
      rows.push(...block.rows);
    const master = readCustomerMaster(rows, {}, { firstSheetRow: 1, firstColumn: 1, date1904: false });
    // Columns B–F: name, limit, terms, grade, review date (0-based 1–5).
    expect(master.mapping).toEqual({ customer: 1, limit: 2, terms: 3, grade: 4, lastReview: 5 });
  });

  it("scores the scorecard with CREDIT formulas: score, grade and limit follow the factor scores", async () => {
    const { workbook } = await loadSampleWorkbook();
    const value = (address: string) => {
      const result = workbook.getCellValue(SAMPLE_SHEETS.scorecard, address);
      return result.kind === "value" ? result.value : result;
    };
    const scores = ["B5", "C5", "D5", "E5", "F5"].map((address) => Number(value(address)));
    const weights = [0.3, 0.25, 0.2, 0.15, 0.1];
    // Σ score × weight / (5 × Σ weight) × 100, Σ weight = 1.
    const expected = (scores.reduce((sum, score, i) => sum + score * (weights[i] ?? 0), 0) / 5) * 100;
    expect(value("G5")).toBeCloseTo(expected, 9);
    expect(value("H5")).toBe(expected >= 85 ? "A" : expected >= 70 ? "B" : expected >= 60 ? "C" : "D");
    workbook.setCell(SAMPLE_SHEETS.scorecard, "B5", 1);
    const lowered = expected - ((scores[0] ?? 0) - 1) * 0.3 * 20;
    expect(value("G5")).toBeCloseTo(lowered, 9);
  });

  it("keeps every sheet's formats and tables when the error messages switch language", async () => {
    const { workbook } = await loadSampleWorkbook();
    const before = SAMPLE_SHEETS.ledger;
    const formats = workbook.sheetLayout(before).numberFormats.length;
    workbook.setLanguage("zh-TW");
    expect(workbook.sheetLayout(before).numberFormats).toHaveLength(formats);
    expect(workbook.sheetLayout(SAMPLE_SHEETS.customers).tables.map((table) => table.name)).toEqual([
      "CustomerMaster",
    ]);
  });
});
