import { RATING_CARD_CELLS as C, ratingCardSpec } from "../../../src/core/templates";
import { type EmbeddedWorkbook } from "../../../src/host/embedded";
import {
  CLASSIC_FUNCTIONS,
  EN,
  bookOf,
  formulaAt,
  formulasOf,
  functionNames,
  ruleHolds,
  valueAt,
} from "./_lib/templateBook";

const FORMS = ["addin", "portable"] as const;
const RESULTS = [C.rate, C.collectionGrade, C.latenessGrade, C.loyaltyGrade, C.combined];

// Net collection rate (968,000 − 12,000) / 1,000,000 = 0.956 → B (95 % ≤ rate < 100 %); 3 days late → B
// (1–4 days); our share 65 % → B (60 % ≤ share < 100 %). No D, no C, no A majority → combined B.
const EXAMPLE = { collected: 968_000, claims: 12_000, due: 1_000_000, daysLate: 3, share: 0.65 };

async function exampleBook(): Promise<EmbeddedWorkbook> {
  return bookOf(
    FORMS.map((form) => ratingCardSpec({ form, labels: EN.rating, sheetName: form, example: EXAMPLE })),
  );
}

const results = (book: EmbeddedWorkbook, sheet: string) => RESULTS.map((a) => valueAt(book, sheet, a));

describe("ratingCardSpec", () => {
  it.each(FORMS)("%s: the filled-in example rates B, B, B → B", async (form) => {
    const book = await exampleBook();
    expect(results(book, form)).toEqual([0.956, "B", "B", "B", "B"]);
  });

  it.each(FORMS)("%s: one D vetoes the customer", async (form) => {
    const book = await exampleBook();
    // 12 days late → D; B, D, B → D whatever the others.
    book.setCell(form, C.daysLate, 12);
    expect(results(book, form)).toEqual([0.956, "B", "D", "B", "D"]);
    // The veto shows red on the indicator and on the combined rating.
    const veto = (
      ratingCardSpec({ form, labels: EN.rating, sheetName: form }).conditionalFormats ?? []
    ).filter((f) => f.kind === "cellValue" && f.range === C.combined);
    expect(veto.map((rule) => ruleHolds(book, form, rule))).toEqual([true]);
  });

  it.each(FORMS)("%s: two A grades out of three make A; a C makes C", async (form) => {
    const book = await exampleBook();
    // (1,010,000 − 10,000) / 1,000,000 = 100 % → A; on time → A; 65 % → B: A, A, B → A.
    book.setCell(form, C.collected, 1_010_000);
    book.setCell(form, C.claims, 10_000);
    book.setCell(form, C.daysLate, 0);
    expect(results(book, form)).toEqual([1, "A", "A", "B", "A"]);
    // 45 % share → C: A, A, C → C.
    book.setCell(form, C.share, 0.45);
    expect(results(book, form)).toEqual([1, "A", "A", "C", "C"]);
  });

  it.each(FORMS)("%s: grades at the documented boundaries", async (form) => {
    const book = await exampleBook();
    const grade = (input: string, value: number, at: string) => {
      book.setCell(form, input, value);
      return valueAt(book, form, at);
    };
    book.setCell(form, C.claims, 0);
    // 950,000 / 1,000,000 = 95 % → B; 949,999 / 1,000,000 = 94.9999 % → C; 900,000 → 90 % → C; 899,999 → D.
    expect(
      [950_000, 949_999, 900_000, 899_999].map((collected) =>
        grade(C.collected, collected, C.collectionGrade),
      ),
    ).toEqual(["B", "C", "C", "D"]);
    // Days late: −2 → A, 0 → A, 4.99 → B, 5 → C, 9.99 → C, 10 → D.
    expect([-2, 0, 4.99, 5, 9.99, 10].map((days) => grade(C.daysLate, days, C.latenessGrade))).toEqual([
      "A",
      "A",
      "B",
      "C",
      "C",
      "D",
    ]);
    // Share: 100 % → A, 60 % → B, 59.9 % → C, 40 % → C, 39.9 % → D.
    expect([1, 0.6, 0.599, 0.4, 0.399].map((share) => grade(C.share, share, C.loyaltyGrade))).toEqual([
      "A",
      "B",
      "C",
      "C",
      "D",
    ]);
  });

  it.each(FORMS)("%s: loyalty follows the thresholds in the sheet", async (form) => {
    const book = await exampleBook();
    // A from 90 %, B from 70 %, C from 50 %: 65 % is now C, and B, B, C → C.
    book.setCell(form, "B16", 0.9);
    book.setCell(form, "B17", 0.7);
    book.setCell(form, "B18", 0.5);
    expect(results(book, form)).toEqual([0.956, "B", "B", "C", "C"]);
  });

  it.each(FORMS)("%s: a blank card shows #N/A, not a grade", async (form) => {
    const book = await bookOf([ratingCardSpec({ form, labels: EN.rating, sheetName: form })]);
    expect(results(book, form)).toEqual(RESULTS.map(() => ({ error: "#N/A" })));
  });

  it("writes the CREDIT rating functions in the add-in form", () => {
    const spec = ratingCardSpec({ form: "addin", labels: EN.rating, sheetName: "Rating" });
    expect(RESULTS.map((a) => formulaAt(spec, a))).toEqual([
      "CREDIT.COLLECTIONRATE(B6,B8,B7)",
      "CREDIT.COLLECTIONGRADE(B9)",
      "CREDIT.LATENESSGRADE(B10)",
      "CREDIT.LOYALTYGRADE(B11,B16:B18)",
      "CREDIT.COMBINEGRADES(C9:C11)",
    ]);
  });

  it("uses only functions every Excel since 2007 has in the portable form", () => {
    const spec = ratingCardSpec({ form: "portable", labels: EN.rating, sheetName: "Rating" });
    const names = new Set(formulasOf(spec).flatMap(functionNames));
    expect([...names].filter((name) => !CLASSIC_FUNCTIONS.has(name))).toEqual([]);
    expect(names.has("COUNTIF")).toBe(true);
  });

  it("validates the inputs: a share is 0–100 %, amounts are not negative", () => {
    const spec = ratingCardSpec({ form: "addin", labels: EN.rating, sheetName: "Rating" });
    const rules = Object.fromEntries((spec.dataValidations ?? []).map((v) => [v.range, v.rule]));
    expect(rules[C.share]).toEqual({ kind: "decimal", min: 0, max: 1 });
    expect(rules["B6:B8"]).toMatchObject({ kind: "decimal", min: 0 });
    expect(rules[C.thresholds]).toEqual({ kind: "decimal", min: 0, max: 1 });
  });
});
