import ExcelJS from "exceljs";
import { type ConditionalFormatSpec } from "../../../src/core/report";
import {
  DEFAULT_SCORECARD_FACTORS,
  WEIGHTED_CARD_CELLS as C,
  type WeightedCardExample,
  weightedCardSpec,
} from "../../../src/core/templates";
import { EmbeddedWorkbook } from "../../../src/host/embedded";
import {
  CLASSIC_FUNCTIONS,
  EN,
  bookOf,
  formulaAt,
  formulasOf,
  functionNames,
  ruleHolds,
  validationAccepts,
  valueAt,
} from "./_lib/templateBook";

// The filled-in card. Scores in factor order; the guarantee (10th) is not scored.
//   5 %-factors scored: 4+4+3+4+3+4+5+3+3+5+4+4+5+4+3+4+3 = 65 (17 factors); payment history (10 %) scores 5.
//   Σ score·weight = 65 × 0.05 + 5 × 0.10 = 3.25 + 0.5 = 3.75
//   reallocate: scored weight = 17 × 5 % + 10 % = 95 % → 3.75 / (5 × 0.95) × 100 = 78.947368421… → grade B
//   Limit: need = 80,000 × (45 + 10) / 30 = 146,666.67; B × 1.0 = 146,666.67;
//   caps 10 % × 2,000,000 = 200,000 and 10 % × 1,800,000 = 180,000 → 146,666.67 → down to 1,000: 146,000.
const SCORES = [4, 4, 3, 4, 3, 4, 5, 3, 3, null, 5, 4, 4, 5, 5, 4, 3, 4, 3];
const EXAMPLE: WeightedCardExample = {
  scores: SCORES,
  monthlyPurchases: 80_000,
  termsDays: 45,
  graceDays: 10,
  netWorth: 2_000_000,
  workingCapital: 1_800_000,
};
const FORMS = ["addin", "portable"] as const;

async function exampleBook() {
  return bookOf(
    FORMS.map((form) => weightedCardSpec({ form, labels: EN.weighted, sheetName: form, example: EXAMPLE })),
  );
}

function setScores(book: EmbeddedWorkbook, sheet: string, scores: readonly (number | null)[]): void {
  scores.forEach((score, i) => book.setCell(sheet, `D${6 + i}`, score));
}

describe("the default factor list", () => {
  it("has 19 factors in five groups whose weights add up to 100 %", () => {
    // 18 × 5 % + 10 % = 100 %
    expect(DEFAULT_SCORECARD_FACTORS).toHaveLength(19);
    expect(DEFAULT_SCORECARD_FACTORS.filter((f) => f.weight === 0.05)).toHaveLength(18);
    expect(DEFAULT_SCORECARD_FACTORS.find((f) => f.id === "paymentHistory")?.weight).toBe(0.1);
    expect(new Set(DEFAULT_SCORECARD_FACTORS.map((f) => f.group))).toEqual(
      new Set(["visit", "business", "trading", "background", "finance"]),
    );
  });
});

describe("weightedCardSpec", () => {
  it.each(FORMS)("%s: the filled-in example recalculates to the hand-computed numbers", async (form) => {
    const book = await exampleBook();
    expect(valueAt(book, form, C.total)).toBeCloseTo(78.9473684211, 9);
    expect(valueAt(book, form, C.grade)).toBe("B");
    expect(valueAt(book, form, C.limit)).toBe(146_000);
    // Visit impression: 4 × 5 % / 5 × 100 = 4 points; payment history (row 19): 5 × 10 % / 5 × 100 = 10.
    expect(valueAt(book, form, "E6")).toBe(4);
    expect(valueAt(book, form, "E19")).toBe(10);
    expect(valueAt(book, form, "E15")).toBe("");
    expect(valueAt(book, form, C.weightSum)).toBe(1);
    expect(valueAt(book, form, C.weightCheck)).toBe(EN.weighted.weightsOk);
  });

  it.each(FORMS)("%s: follows the missing-data policy in its cell", async (form) => {
    const book = await exampleBook();
    // zero: 3.75 / (5 × 1.00) × 100 = 75 → B; the limit stays 146,000.
    book.setCell(form, C.missing, "zero");
    expect(valueAt(book, form, C.total)).toBe(75);
    expect(valueAt(book, form, C.grade)).toBe("B");
    // error: the guarantee is blank and weighted → #N/A, carried into the grade and the limit.
    book.setCell(form, C.missing, "error");
    expect([C.total, C.grade, C.limit].map((a) => valueAt(book, form, a))).toEqual([
      { error: "#N/A" },
      { error: "#N/A" },
      { error: "#N/A" },
    ]);
  });

  it.each(FORMS)("%s: grade A rounds a limit that is 176,000 on paper to 176,000", async (form) => {
    const book = await exampleBook();
    // Every factor 5: (5 × 0.95) / (5 × 0.95) × 100 = 100 → A (× 1.2).
    // 146,666.67 × 1.2 = 176,000 on paper (binary arithmetic may land a hair below); caps 200,000 / 180,000.
    setScores(
      book,
      form,
      Array.from({ length: 19 }, () => 5),
    );
    expect(valueAt(book, form, C.total)).toBe(100);
    expect(valueAt(book, form, C.grade)).toBe("A");
    expect(valueAt(book, form, C.limit)).toBe(176_000);
    // Working capital 1,500,000 caps it at 150,000.
    book.setCell(form, C.workingCapital, 1_500_000);
    expect(valueAt(book, form, C.limit)).toBe(150_000);
    // Unknown net worth and working capital: no caps → 176,000 again.
    book.setCell(form, C.netWorth, null);
    book.setCell(form, C.workingCapital, null);
    expect(valueAt(book, form, C.limit)).toBe(176_000);
  });

  it.each(FORMS)("%s: grade D gets no credit", async (form) => {
    const book = await exampleBook();
    // Every factor 1: 1 / 5 × 100 = 20 → D (× 0) → 0.
    setScores(
      book,
      form,
      Array.from({ length: 19 }, () => 1),
    );
    expect(valueAt(book, form, C.total)).toBe(20);
    expect(valueAt(book, form, C.grade)).toBe("D");
    expect(valueAt(book, form, C.limit)).toBe(0);
  });

  it.each(FORMS)("%s: a blank card shows #N/A in its results, not a number", async (form) => {
    const book = await bookOf([weightedCardSpec({ form, labels: EN.weighted, sheetName: form })]);
    expect([C.total, C.grade, C.limit].map((a) => valueAt(book, form, a))).toEqual([
      { error: "#N/A" },
      { error: "#N/A" },
      { error: "#N/A" },
    ]);
    expect(valueAt(book, form, C.missing)).toBe("reallocate");
  });

  it("writes CREDIT.SCORE, CREDIT.GRADE and CREDIT.LIMIT in the add-in form", () => {
    const spec = weightedCardSpec({ form: "addin", labels: EN.weighted, sheetName: "Card" });
    expect(formulaAt(spec, C.total)).toBe("CREDIT.SCORE(D6:D24,C6:C24,H11,H12)");
    expect(formulaAt(spec, C.grade)).toBe("CREDIT.GRADE(H6,G16:H19)");
    expect(formulaAt(spec, C.limit)).toBe("CREDIT.LIMIT(H7,H22,H23,H24,H25,H26,G30:H37)");
  });

  it("uses only functions every Excel since 2007 has in the portable form", () => {
    const spec = weightedCardSpec({ form: "portable", labels: EN.weighted, sheetName: "Card" });
    const names = new Set(formulasOf(spec).flatMap(functionNames));
    expect([...names].filter((name) => !CLASSIC_FUNCTIONS.has(name))).toEqual([]);
    expect(names.has("SUMPRODUCT")).toBe(true);
  });

  it("refuses a pasted score outside 0–5 or typed as text in both forms, as CREDIT.SCORE does", async () => {
    const book = await exampleBook();
    for (const bad of [7, -1, "four"]) {
      for (const form of FORMS) book.setCell(form, "D6", bad);
      for (const form of FORMS) expect(valueAt(book, form, "H6")).toEqual({ error: expect.any(String) });
    }
    // A blank is a missing score, not an error.
    for (const form of FORMS) book.setCell(form, "D6", null);
    expect(valueAt(book, "portable", "H6")).toEqual(valueAt(book, "addin", "H6"));
    expect(typeof valueAt(book, "addin", "H6")).toBe("number");
  });

  it("lays out the default factors, weights, grade scale and limit policy", async () => {
    const book = await exampleBook();
    expect(valueAt(book, "addin", "B6")).toBe("Impression from the visit");
    expect(valueAt(book, "addin", "A19")).toBe("Background");
    expect(valueAt(book, "addin", "C19")).toBe(0.1);
    expect(["G16", "H16", "G19", "H19"].map((a) => valueAt(book, "addin", a))).toEqual([85, "A", 0, "D"]);
    expect(["G30", "H30", "G36", "H36", "I30"].map((a) => valueAt(book, "addin", a))).toEqual([
      "multiplier_A",
      1.2,
      "round_to",
      1000,
      "Limit multiplier for grade A (0 = no credit)",
    ]);
  });
});

describe("the score column's drop-down rule", () => {
  const spec = weightedCardSpec({ form: "addin", labels: EN.weighted, sheetName: "Card" });
  const scoreRule = spec.dataValidations?.find((v) => v.range === C.scores);

  it("allows whole numbers 1–5 and refuses 6, 0, 4.5 and text", () => {
    expect(scoreRule?.rule).toEqual({ kind: "wholeNumber", min: 1, max: 5 });
    const rule = scoreRule?.rule ?? { kind: "list", values: [] };
    expect([1, 3, 5].map((entry) => validationAccepts(rule, entry))).toEqual([true, true, true]);
    expect([6, 0, 4.5, "four", "4"].map((entry) => validationAccepts(rule, entry))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(scoreRule?.errorMessage).toBe("Enter a whole number from 1 to 5, or leave the cell blank.");
  });

  it("is kept in the written .xlsx as a stop rule that allows blanks", async () => {
    const book = await bookOf([spec]);
    const file = new ExcelJS.Workbook();
    // exceljs types want a Node Buffer; it reads any Uint8Array.
    await file.xlsx.load((await book.toXlsx()) as never);
    const model = (
      file.getWorksheet("Card") as unknown as {
        dataValidations: { model: Record<string, Record<string, unknown>> };
      }
    ).dataValidations.model;
    for (const address of ["D6", "D15", "D24"]) {
      expect(model[address]).toMatchObject({
        type: "whole",
        operator: "between",
        formulae: [1, 5],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: "stop",
      });
    }
    expect(model.D25).toBeUndefined();
    // And read back by the embedded host as the same rule.
    const reread = await EmbeddedWorkbook.fromXlsx(await book.toXlsx());
    expect(reread.sheetLayout("Card").dataValidations).toContainEqual(scoreRule);
  });
});

describe("the weight-sum check", () => {
  const spec = weightedCardSpec({ form: "portable", labels: EN.weighted, sheetName: "Card" });
  const rules = (spec.conditionalFormats ?? []).filter(
    (f): f is Extract<ConditionalFormatSpec, { kind: "cellValue" }> =>
      f.kind === "cellValue" && (f.range === C.weightSum || f.range === C.weightCheck),
  );
  const red = (book: EmbeddedWorkbook) => rules.filter((rule) => ruleHolds(book, "Card", rule));

  it("turns red at 99 % and at 101 %, not at 100 %", async () => {
    const book = await bookOf([spec]);
    expect(rules).toHaveLength(3);
    expect(rules.every((rule) => rule.fill === "#FFC7CE")).toBe(true);
    expect(red(book)).toEqual([]);
    // Visit impression 5 % → 4 %: 18 × 5 % + 10 % − 1 % = 99 %.
    book.setCell("Card", "C6", 0.04);
    expect(valueAt(book, "Card", C.weightSum)).toBe(0.99);
    expect(valueAt(book, "Card", C.weightCheck)).toBe("Weights must add up to 100 %");
    expect(red(book).map((rule) => [rule.range, rule.operator])).toEqual([
      ["C25", "lessThan"],
      ["D25", "equalTo"],
    ]);
    // 6 %: 101 %.
    book.setCell("Card", "C6", 0.06);
    expect(red(book).map((rule) => [rule.range, rule.operator])).toEqual([
      ["C25", "greaterThan"],
      ["D25", "equalTo"],
    ]);
  });

  it("is kept in the written .xlsx", async () => {
    const book = await bookOf([spec]);
    const reread = await EmbeddedWorkbook.fromXlsx(await book.toXlsx());
    for (const rule of rules) expect(reread.sheetLayout("Card").conditionalFormats).toContainEqual(rule);
  });
});
