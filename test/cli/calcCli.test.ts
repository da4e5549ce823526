/**
 * End-to-end tests of `creditkit calc`: a workbook built here with exceljs, recalculated by the real
 * command, its values checked by hand in the JSON output and in the workbook written with --out.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { CLI_TIMEOUT_MS, expectUserFailure, runCli, tempDir } from "./_lib/runCli";

jest.setTimeout(CLI_TIMEOUT_MS);

/**
 * Sheet "Scores": three customers' scores with grades, a small ledger aged by a spilled CREDIT.AGING,
 * built-in SUMs over cells and over the spill, and sheet "Summary" reading across sheets.
 */
async function writeBook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const scores = book.addWorksheet("Scores");
  scores.getCell("A1").value = "Customer";
  scores.getCell("B1").value = "Score";
  scores.getCell("C1").value = "Grade";
  const customers: [string, number][] = [
    ["Acme", 86],
    ["Beta", 72],
    ["Gamma", 59.5],
  ];
  customers.forEach(([name, score], i) => {
    scores.getCell(`A${i + 2}`).value = name;
    scores.getCell(`B${i + 2}`).value = score;
  });
  scores.getCell("C2").value = { formula: "CREDIT.GRADE(B2)", result: 0 };
  // As Excel saves an add-in's function, with a stale cached value the recalculation must replace.
  scores.getCell("C3").value = { formula: "_xldudf_CREDIT_GRADE(B3)", result: "C" };
  scores.getCell("C4").value = { formula: "CREDIT.GRADE(B4)", result: 0 };
  [100, 200, 0].forEach((amount, i) => (scores.getCell(`E${i + 2}`).value = amount));
  [45000, 45100, 45150].forEach((serial, i) => (scores.getCell(`F${i + 2}`).value = serial));
  scores.getCell("H1").value = 45200;
  scores.getCell("A6").value = { formula: "CREDIT.AGING(E2:E4,F2:F4,H1)", result: 0 };
  scores.getCell("H2").value = { formula: "SUM(E2:E4)", result: 0 };
  scores.getCell("H3").value = { formula: "SUM(A7:F7)", result: 0 };
  scores.getCell("H4").value = { formula: 'CREDIT.GRADE(B2,"AAA")', result: 0 };
  scores.getCell("H5").value = { formula: "CREDIT.GRADE(A2)", result: 0 };
  const summary = book.addWorksheet("Summary");
  summary.getCell("A1").value = { formula: "Scores!H2*2", result: 0 };
  await book.xlsx.writeFile(file);
}

/** The result of a formula cell exceljs read back (the value Excel shows before recalculating). */
function resultOf(sheet: ExcelJS.Worksheet | undefined, address: string): unknown {
  const value = sheet?.getCell(address).value;
  return value !== null && typeof value === "object" && "result" in value ? value.result : value;
}

describe("creditkit calc", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let book: string;

  beforeAll(async () => {
    dir = await tempDir();
    book = path.join(dir.path, "scores.xlsx");
    await writeBook(book);
  });

  afterAll(() => dir.remove());

  it("prints every formula cell's recalculated value as JSON, and writes the workbook with --out", async () => {
    const out = path.join(dir.path, "recalculated.xlsx");
    const [json, written] = await Promise.all([
      runCli(["calc", book, "--json"]),
      runCli(["calc", book, "--out", out]),
    ]);

    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: "" });
    const values = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(values).toEqual({
      // ABCD scale: A ≥ 85, B ≥ 70, C ≥ 60, D below
      "Scores!C2": "A",
      "Scores!C3": "B",
      "Scores!C4": "D",
      // 100 + 200 + 0
      "Scores!H2": 300,
      // the spill's sums row: 200 in 91-120 plus 100 in 121+
      "Scores!H3": 300,
      // AAA scale: AA from 80 up to 90
      "Scores!H4": "AA",
      "Scores!H5": { error: "#VALUE!", message: expect.stringContaining('"Acme"') },
      // as of 45200: 100 due 45000 is 200 days past due (121+), 200 due 45100 is 100 (91-120),
      // the 0 amount is skipped
      "Scores!A6": [
        ["Not due", "1-30", "31-60", "61-90", "91-120", "121+"],
        [0, 0, 0, 0, 200, 100],
      ],
      "Summary!A1": 600,
    });

    // --out alone prints nothing to a pipe (progress is for a terminal) and leaves the input alone
    expect(written).toEqual({ code: 0, stdout: "", stderr: "" });
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const scores = copy.getWorksheet("Scores");
    expect(["C2", "C3", "C4", "H2", "H3", "H4"].map((a) => resultOf(scores, a))).toEqual([
      "A",
      "B",
      "D",
      300,
      300,
      "AA",
    ]);
    expect(resultOf(scores, "A6")).toBe("Not due");
    expect(["E7", "F7"].map((a) => resultOf(scores, a))).toEqual([200, 100]);
    expect(resultOf(copy.getWorksheet("Summary"), "A1")).toBe(600);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(book);
    expect(resultOf(original.getWorksheet("Scores"), "C3")).toBe("C");
  });

  it("explains a missing workbook or a file that is not .xlsx in one line, exit status 1", async () => {
    const missing = path.join(dir.path, "missing.xlsx");
    const csv = path.join(dir.path, "ledger.csv");
    await writeFile(csv, "Customer,Amount\nAcme,100\n");
    const [noFile, notXlsx] = await Promise.all([runCli(["calc", missing]), runCli(["calc", csv])]);
    expect(expectUserFailure(noFile, 1)).toContain(missing);
    expect(expectUserFailure(notXlsx, 1)).toContain(".xlsx");
  });
});
