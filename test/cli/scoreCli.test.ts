/**
 * `creditkit score`, spawned as a user runs it: a workbook with a weighted card and a customer table is
 * scored into a copy with a Scores sheet; the input file and the customer sheet inside the copy are unchanged.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EmbeddedWorkbook } from "../../src/host/embedded";
import { customerBook, type Customer } from "../app/scores/_lib/customerBook";
import { runCli, tempDir } from "./_lib/runCli";

jest.setTimeout(180_000);

const CUSTOMERS: Customer[] = [
  // (0.4 + 0.2 + 0.25) / 1 = 85 → A; 80,000 × 45 / 30 × 1.2 = 144,000.
  ["Acme", 4, 1.6, 12, 50_000, 80_000, 45],
  // (0.2 + 0.05 + 0.05) / 1 = 30 → D; no credit.
  ["Beta", 2, 0.9, 1, 120_000, 30_000, 60],
];

let dir: { path: string; remove: () => Promise<void> };
let input: string;
beforeAll(async () => {
  dir = await tempDir();
  input = path.join(dir.path, "customers.xlsx");
  writeFileSync(input, await (await customerBook(CUSTOMERS)).toXlsx());
});
afterAll(async () => {
  await dir.remove();
});

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Every cell of a sheet (value and formula). */
async function cellsOf(book: EmbeddedWorkbook, sheet: string): Promise<string[]> {
  const cells: string[] = [];
  for await (const block of book.readRows({ kind: "sheet", sheet })) {
    block.rows.forEach((row, i) => cells.push(`${block.firstRow + i}:${JSON.stringify(row)}`));
  }
  return cells;
}

describe("creditkit score", () => {
  it("writes the Scores sheet, prints the mapping, and changes neither the input file nor the customer sheet", async () => {
    const before = sha(input);
    const out = path.join(dir.path, "scored.xlsx");
    const run = await runCli(["score", input, "--card", "Scorecard", "--table", "Customers", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Scored 2 customers of Customers!A1:G3 with card “Scorecard” on sheet “Scores”",
    );
    expect(run.stdout).toContain("Solvency ← Current ratio (bands)");
    expect(run.stdout).toContain("Payment history ← Payment history");
    expect(sha(input)).toBe(before);

    const original = await EmbeddedWorkbook.fromXlsx(readFileSync(input));
    const scored = await EmbeddedWorkbook.fromXlsx(readFileSync(out));
    expect(await cellsOf(scored, "Customers")).toEqual(await cellsOf(original, "Customers"));
    expect(scored.getCellValue("Scores", "C7")).toMatchObject({ kind: "value", value: 85 });
    expect(scored.getCellValue("Scores", "D7")).toMatchObject({ kind: "value", value: "A" });
    expect(scored.getCellValue("Scores", "E7")).toMatchObject({ kind: "value", value: 144_000 });
    expect(scored.getCellValue("Scores", "D8")).toMatchObject({ kind: "value", value: "D" });
    expect(scored.cellFormula("Scores", "C7")).toMatch(/^=CREDIT\.SCORE\(/);
  });

  it("takes --map choices, writes the portable form, and prints JSON", async () => {
    const out = path.join(dir.path, "portable.xlsx");
    const run = await runCli([
      "score",
      input,
      "--card",
      "Scorecard",
      "--table",
      "Customers!A1:G2",
      "--map",
      "paymentHistory=Years in business",
      "--portable",
      "--json",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { customers: number; form: string; mapping: { factors: object } };
    expect(json.customers).toBe(1);
    expect(json.form).toBe("portable");
    // 12 is no 1–5 score, so payment history reads the column through its raw metric's bands (days late).
    expect(json.mapping.factors).toMatchObject({ paymentHistory: { kind: "banded", column: 3 } });
    const scored = await EmbeddedWorkbook.fromXlsx(readFileSync(out));
    expect(scored.cellFormula("Scores", "C7")).not.toMatch(/CREDIT\./);
  });

  it("names what is wrong: a missing card or an unknown column (exit 1), a mapping it cannot read (exit 2)", async () => {
    const out = path.join(dir.path, "never.xlsx");
    const noCard = await runCli(["score", input, "--card", "Card", "--table", "Customers", "--out", out]);
    expect(noCard.code).toBe(1);
    expect(noCard.stderr).toBe("There is no sheet named “Card” to use as the card.\n");
    const column = await runCli([
      "score",
      input,
      "--card",
      "Scorecard",
      "--table",
      "Customers",
      "--map",
      "customer=Client",
      "--out",
      out,
    ]);
    expect(column.code).toBe(1);
    expect(column.stderr).toContain(
      "“Client” is not a column of Customers!A1:G3 (headers: Customer, Payment history",
    );
    const bad = await runCli([
      "score",
      input,
      "--card",
      "Scorecard",
      "--table",
      "Customers",
      "--map",
      "colour=Red",
      "--out",
      out,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("“colour=Red” is not a mapping");
  });

  it("is a usage error (exit 2) without --out", async () => {
    const run = await runCli(["score", input, "--card", "Scorecard", "--table", "Customers"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out");
  });
});
