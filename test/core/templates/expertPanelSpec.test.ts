import { EXPERT_PANEL_CELLS as C, expertPanelSpec } from "../../../src/core/templates";
import { type EmbeddedWorkbook } from "../../../src/host/embedded";
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

const FORMS = ["addin", "portable"] as const;

// Five experts × three criteria; expert 4 did not rate the third criterion.
//   expert scores: (4+4+5)/3 = 13/3, (3+4+4)/3 = 11/3, (5+5+4)/3 = 14/3, (4+3)/2 = 3.5, (2+3+3)/3 = 8/3
//   sorted: 8/3, 3.5, 11/3, 13/3, 14/3 → median 11/3 = 3.6667
//   quartiles at positions (5 − 1) × ¼ = 1 and × ¾ = 3: Q1 = 3.5, Q3 = 13/3 → spread 13/3 − 3.5 = 0.8333 ≤ 1
//   panel on 0–100: 11/3 / 5 × 100 = 73.333; blend 0.7 × 80 + 0.3 × 73.333 = 56 + 22 = 78
const RATINGS = [
  [4, 4, 5],
  [3, 4, 4],
  [5, 5, 4],
  [4, 3, null],
  [2, 3, 3],
];
const EXAMPLE = { ratings: RATINGS, modelScore: 80 };

async function exampleBook(): Promise<EmbeddedWorkbook> {
  return bookOf(
    FORMS.map((form) => expertPanelSpec({ form, labels: EN.expert, sheetName: form, example: EXAMPLE })),
  );
}

const number = (book: EmbeddedWorkbook, sheet: string, address: string): number => {
  const value = valueAt(book, sheet, address);
  if (typeof value !== "number") throw new Error(`${address} is ${JSON.stringify(value)}`);
  return value;
};

describe("expertPanelSpec", () => {
  it.each(FORMS)("%s: the filled-in panel recalculates to the hand-computed numbers", async (form) => {
    const book = await exampleBook();
    expect(number(book, form, "E6")).toBeCloseTo(13 / 3, 12);
    expect(number(book, form, "E9")).toBe(3.5);
    expect(number(book, form, C.consensus)).toBeCloseTo(11 / 3, 12);
    expect(number(book, form, C.spread)).toBeCloseTo(13 / 3 - 3.5, 12);
    expect(valueAt(book, form, C.anotherRound)).toBe("No");
    expect(number(book, form, C.expertScore100)).toBeCloseTo(220 / 3, 10);
    expect(number(book, form, C.blended)).toBeCloseTo(78, 10);
  });

  it.each(FORMS)("%s: mean and trimmed mean on request", async (form) => {
    const book = await exampleBook();
    // mean: (13/3 + 11/3 + 14/3 + 3.5 + 8/3) / 5 = (46/3 + 3.5) / 5 = 113/30 = 3.7667
    book.setCell(form, C.method, "mean");
    expect(number(book, form, C.consensus)).toBeCloseTo(113 / 30, 12);
    // trimmed: without 8/3 and 14/3: (3.5 + 11/3 + 13/3) / 3 = 11.5 / 3 = 3.8333
    book.setCell(form, C.method, "trimmed");
    expect(number(book, form, C.consensus)).toBeCloseTo(11.5 / 3, 12);
  });

  it.each(FORMS)("%s: a spread above 1 point asks for another round, in red", async (form) => {
    const book = await exampleBook();
    // Expert 5 rates 1, 1, 1 and expert 1 rates 5, 5, 5: scores 1, 3.5, 11/3, 14/3, 5.
    // Q1 = 3.5, Q3 = 14/3 → spread 14/3 − 3.5 = 1.1667 > 1; median 11/3 stays.
    for (const column of ["B", "C", "D"]) {
      book.setCell(form, `${column}10`, 1);
      book.setCell(form, `${column}6`, 5);
    }
    expect(number(book, form, C.spread)).toBeCloseTo(14 / 3 - 3.5, 12);
    expect(valueAt(book, form, C.anotherRound)).toBe("Yes: no consensus yet");
    const rules = (
      expertPanelSpec({ form, labels: EN.expert, sheetName: form }).conditionalFormats ?? []
    ).filter((f) => f.range === C.anotherRound);
    expect(rules.map((rule) => ruleHolds(book, form, rule))).toEqual([true]);
    // Allowing 1.5 points: consensus after all.
    book.setCell(form, C.spreadLimit, 1.5);
    expect(valueAt(book, form, C.anotherRound)).toBe("No");
    expect(rules.map((rule) => ruleHolds(book, form, rule))).toEqual([false]);
  });

  it.each(FORMS)("%s: a spread of exactly the limit is consensus", async (form) => {
    const book = await exampleBook();
    // Scores 2, 3, 3, 4, 4 (one rating each): Q1 = 3, Q3 = 4 → spread 1, not above 1.
    const single = [[2], [3], [3], [4], [4]];
    single.forEach(([rating], e) => {
      book.setCell(form, `B${6 + e}`, rating ?? null);
      book.setCell(form, `C${6 + e}`, null);
      book.setCell(form, `D${6 + e}`, null);
    });
    expect(valueAt(book, form, C.spread)).toBe(1);
    expect(valueAt(book, form, C.anotherRound)).toBe("No");
  });

  it.each(FORMS)("%s: a blank panel shows #N/A, not a score", async (form) => {
    const book = await bookOf([expertPanelSpec({ form, labels: EN.expert, sheetName: form })]);
    expect([C.consensus, C.spread, C.blended].map((a) => valueAt(book, form, a))).toEqual([
      { error: "#N/A" },
      { error: "#N/A" },
      { error: "#N/A" },
    ]);
  });

  it("writes CREDIT.EXPERTSCORE, EXPERTSPREAD and BLEND in the add-in form", () => {
    const spec = expertPanelSpec({ form: "addin", labels: EN.expert, sheetName: "Panel" });
    expect([C.consensus, C.spread, C.blended].map((a) => formulaAt(spec, a))).toEqual([
      "CREDIT.EXPERTSCORE(B6:D10,H6)",
      "CREDIT.EXPERTSPREAD(B6:D10)",
      "CREDIT.BLEND(H9,H15,H8)",
    ]);
  });

  it("uses only functions every Excel since 2007 has in the portable form", () => {
    const spec = expertPanelSpec({ form: "portable", labels: EN.expert, sheetName: "Panel" });
    const names = new Set(formulasOf(spec).flatMap(functionNames));
    expect([...names].filter((name) => !CLASSIC_FUNCTIONS.has(name))).toEqual([]);
    expect(names.has("QUARTILE")).toBe(true);
  });

  it("refuses a rating of 6 or text in the grid", () => {
    const spec = expertPanelSpec({ form: "addin", labels: EN.expert, sheetName: "Panel" });
    const rule = spec.dataValidations?.find((v) => v.range === C.ratings)?.rule;
    expect(rule).toEqual({ kind: "wholeNumber", min: 1, max: 5 });
    const accepts = (entry: number | string) =>
      validationAccepts(rule ?? { kind: "list", values: [] }, entry);
    expect([accepts(1), accepts(5), accepts(6), accepts("good")]).toEqual([true, true, false, false]);
  });
});
