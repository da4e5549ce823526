/**
 * `creditkit template`: the command writes each template as a workbook; a user fills in the yellow cells
 * (here with exceljs, as Excel would save them) and `creditkit calc` recalculates the numbers computed by hand.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { runCalc } from "../../src/cli/commands/calcCommand";
import { type TemplateKind, runTemplateCommand } from "../../src/cli/commands/templateCommand";
import {
  EXPERT_PANEL_CELLS as E,
  RATING_CARD_CELLS as R,
  WEIGHTED_CARD_CELLS as W,
} from "../../src/core/templates";
import { translate } from "../../src/i18n";
import { tempDir } from "./_lib/runCli";

jest.setTimeout(60_000);

const t = (key: string, params: Record<string, string | number> = {}) =>
  translate("en", `cli:${key}`, params);
const quiet = { progress: () => undefined };

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** Opens `file`, types `inputs` into its one sheet, saves it again, and returns the sheet's name. */
async function fillIn(
  file: string,
  inputs: Readonly<Record<string, number | string | null>>,
): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  for (const [address, value] of Object.entries(inputs)) sheet.getCell(address).value = value;
  await book.xlsx.writeFile(file);
  return sheet.name;
}

/** `creditkit calc FILE --json`, as sheet-less addresses. */
async function calc(file: string, sheet: string): Promise<Record<string, unknown>> {
  const all = JSON.parse(await runCalc(file, { json: true }, "en", quiet, t)) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => key.startsWith(`${sheet}!`))
      .map(([key, value]) => [key.slice(sheet.length + 1), value]),
  );
}

async function written(kind: TemplateKind, portable: boolean, language: "en" | "zh-TW" = "en") {
  const file = path.join(dir.path, `${kind}-${portable ? "portable" : "addin"}-${language}.xlsx`);
  const line = await runTemplateCommand(kind, { portable, out: file }, language);
  return { file, line };
}

describe.each([false, true])("creditkit template (portable: %s)", (portable) => {
  it("writes a weighted card that recalculates to the hand-computed score, grade and limit", async () => {
    const { file, line } = await written("weighted", portable);
    expect(line).toBe(`Wrote ${file}.`);
    // 17 factors at 5 % scored 3, payment history (10 %) 5, guarantee (row 15) blank:
    // (17 × 3 × 0.05 + 5 × 0.1) / (5 × 0.95) × 100 = 3.05 / 4.75 × 100 = 64.2105… → C (60 ≤ score < 70).
    // Limit: 60,000 × (30 + 0) / 30 = 60,000 × 0.5 (C) = 30,000; no caps → 30,000.
    const scores: Record<string, number | null> = {};
    for (let row = 6; row <= 24; row++) scores[`D${row}`] = row === 15 ? null : row === 19 ? 5 : 3;
    const sheet = await fillIn(file, {
      ...scores,
      [W.monthlyPurchases]: 60_000,
      [W.termsDays]: 30,
    });
    expect(sheet).toBe("Scorecard");
    const values = await calc(file, sheet);
    expect(values[W.total]).toBeCloseTo(64.2105263158, 9);
    expect(values[W.grade]).toBe("C");
    expect(values[W.limit]).toBe(30_000);
  });

  it("writes a rating card that vetoes a customer 10 days late", async () => {
    const { file } = await written("rating", portable);
    // (1,000,000 − 0) / 1,000,000 = 100 % → A; 10 days late → D; 100 % share → A: A, D, A → D.
    const sheet = await fillIn(file, {
      [R.collected]: 1_000_000,
      [R.due]: 1_000_000,
      [R.daysLate]: 10,
      [R.share]: 1,
    });
    const values = await calc(file, sheet);
    expect([R.collectionGrade, R.latenessGrade, R.loyaltyGrade, R.combined].map((a) => values[a])).toEqual([
      "A",
      "D",
      "A",
      "D",
    ]);
  });

  it("writes an expert panel whose consensus, spread and blend recalculate", async () => {
    const { file } = await written("expert", portable);
    // Three experts, one criterion each: 2, 4, 5 → median 4, Q1 = 3 (position 0.5), Q3 = 4.5 (1.5) → spread 1.5
    // → another round. Panel 4 / 5 × 100 = 80; blend 0.7 × 60 + 0.3 × 80 = 42 + 24 = 66.
    const sheet = await fillIn(file, { B6: 2, B7: 4, B8: 5, [E.modelScore]: 60 });
    const values = await calc(file, sheet);
    expect(values[E.consensus]).toBe(4);
    expect(values[E.spread]).toBe(1.5);
    expect(values[E.anotherRound]).toBe("Yes: no consensus yet");
    expect(values[E.blended]).toBeCloseTo(66, 10);
  });

  it("keeps the score drop-down rule and writes CREDIT functions only in the add-in form", async () => {
    const { file } = await written("weighted", portable);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    // One visible sheet (CreditKit keeps its settings in a very hidden one).
    expect(book.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual(["Scorecard"]);
    const model = (
      sheet as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }
    ).dataValidations.model;
    expect(model.D10).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [1, 5],
      errorStyle: "stop",
    });
    const total = sheet.getCell(W.total).value as { formula?: string };
    expect(total.formula?.startsWith("CREDIT.SCORE(")).toBe(!portable);
  });
});

it("writes the template in the interface language", async () => {
  const { file, line } = await written("weighted", false, "zh-TW");
  expect(line).toContain(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0] as ExcelJS.Worksheet;
  expect(sheet.name).toBe("評分卡");
  expect(sheet.getCell("A1").value).toBe("加權風險因素評分卡");
  expect(sheet.getCell("B19").value).toBe("付款紀錄");
});
