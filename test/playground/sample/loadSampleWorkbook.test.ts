import { EmbeddedWorkbook } from "../../../src/host/embedded";
import { OWNED_SHEETS_SETTING, type RawCell } from "../../../src/host/port";
import { CHARTS_SETTING } from "../../../src/host/embedded/settingsSheet";
import { loadSampleWorkbook } from "../../../src/playground/sample/loadSampleWorkbook";
import { sampleWorkbook } from "../../../src/playground/sample/sampleWorkbook";

// Each test builds the 5,000-invoice sample (two of them in the first): seconds on a busy 2-core machine.
jest.setTimeout(30_000);

/**
 * The sample written the slow way, sheet by sheet through the WorkbookHost port, as the playground
 * did before it built the workbook in one pass: the first sheet is made empty under its own name and
 * written over while CreditKit owns it, then the ownership is taken back.
 */
async function sampleWrittenSheetBySheet(): Promise<EmbeddedWorkbook> {
  const sample = sampleWorkbook();
  const first = sample.sheets[0]?.name ?? "Sheet1";
  const workbook = EmbeddedWorkbook.fromCsv("", { language: "en", sheetName: first });
  await workbook.setSetting(OWNED_SHEETS_SETTING, [first]);
  for (const spec of sample.sheets) await workbook.writeSheet(spec);
  await workbook.setSetting(OWNED_SHEETS_SETTING, []);
  return workbook;
}

async function everything(workbook: EmbeddedWorkbook) {
  const sheets = [];
  for (const name of workbook.sheetNames()) {
    const rows = [];
    for await (const block of workbook.readRows({ kind: "sheet", sheet: name })) rows.push(...block.rows);
    sheets.push({ name, shape: await workbook.describe({ kind: "sheet", sheet: name }), rows });
  }
  return {
    sheets,
    layouts: workbook.sheetNames().map((name) => workbook.sheetLayout(name)),
    formulas: workbook.formulaCells().map((cell) => ({
      ...cell,
      formula: workbook.cellFormula(cell.sheet, cell.address),
    })),
    listed: await workbook.listSheets(),
    tables: await workbook.listTables(),
    owned: await workbook.getSetting(OWNED_SHEETS_SETTING),
    charts: await workbook.getSetting(CHARTS_SETTING),
  };
}

describe("loadSampleWorkbook", () => {
  it("builds in one pass the very workbook that writing the sample sheet by sheet gives", async () => {
    const { workbook } = await loadSampleWorkbook({ language: "en" });
    const expected = await sampleWrittenSheetBySheet();
    const built = await everything(workbook);
    expect(built).toEqual(await everything(expected));
    // Not an empty comparison: 3 sheets, the ledger's 5,000 invoices, the scorecard's 20 × 4 formulas.
    expect(built.sheets.map((sheet) => sheet.name)).toEqual(["Ledger", "Customers", "Scorecard"]);
    expect(built.sheets[0]?.rows.length).toBeGreaterThan(5_000);
    expect(built.formulas.filter((cell) => cell.sheet === "Scorecard")).toHaveLength(80);
    expect(built.owned).toEqual([]);
  });

  it("leaves every sheet to the user: a report may not replace the ledger", async () => {
    const { workbook } = await loadSampleWorkbook();
    await expect(
      workbook.writeSheet({ name: "Ledger", blocks: [{ topLeft: "A1", rows: [["report"]] }] }),
    ).rejects.toMatchObject({ code: "sheetNotOwned" });
  });

  it("keeps text that looks like a date or a number as text", async () => {
    const { workbook } = await loadSampleWorkbook();
    const ledger: (readonly RawCell[])[] = [];
    for await (const block of workbook.readRows({ kind: "sheet", sheet: "Ledger" }))
      ledger.push(...block.rows);
    // The invoices are written from A3 under their header (row 4 on), the ledger is read from A1.
    const written = sampleWorkbook().sheets[0]?.blocks[1]?.rows.slice(1) ?? [];
    const textDates = written
      .map((row, i) => ({ text: row[3], read: ledger[3 + i]?.[3] }))
      .filter(({ text }) => typeof text === "string" && /^\d{4}\/\d{2}\/\d{2}$/.test(text));
    // Text dates such as "2025/03/07" (a date format HyperFormula knows) stay the text written.
    expect(textDates.length).toBeGreaterThan(0);
    for (const { text, read } of textDates) expect(read).toBe(text);
  });
});
