/**
 * CREDIT.COLLECTIONRATE / COLLECTIONGRADE / LATENESSGRADE / LOYALTYGRADE / COMBINEGRADES / RATING through
 * the catalog wrappers, with arguments as Excel hands them over (numbers, text, null, "", ranges as rows).
 * Thresholds: DESIGN §3.1.
 */
import {
  collectionGradeFn,
  collectionRateFn,
  combineGradesFn,
  latenessGradeFn,
  loyaltyGradeFn,
  ratingFn,
} from "../../../src/functions/catalog/rating";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("CREDIT.COLLECTIONRATE", () => {
  it("is (collected − claims) / due", () => {
    // 95,000 / 100,000 = 0.95
    expect(collectionRateFn(95000, 100000, null)).toBeCloseTo(0.95, 12);
    // (100,000 − 5,000) / 100,000 = 0.95
    expect(collectionRateFn(100000, 100000, 5000)).toBeCloseTo(0.95, 12);
    // (120,000 − 0) / 100,000 = 1.2: collecting arrears of earlier periods pushes the rate above 100 %
    expect(collectionRateFn(120000, 100000, null)).toBeCloseTo(1.2, 12);
  });

  it("reads numbers stored as text and treats a blank claims cell as no claims", () => {
    // "95,000" → 95000, "100,000.00" → 100000; (95,000 − 0) / 100,000 = 0.95
    expect(collectionRateFn("95,000", "100,000.00", "")).toBeCloseTo(0.95, 12);
    expect(collectionRateFn([[95000]], [[100000]], [[null]])).toBeCloseTo(0.95, 12);
    // claims "   " is blank → 0: 90,000 / 100,000 = 0.9
    expect(collectionRateFn(90000, 100000, "   ")).toBeCloseTo(0.9, 12);
  });

  it("refuses a zero amount due (#DIV/0!) and negative collections", () => {
    expect(collectionRateFn(1, 0, null)).toMatchObject(error("#DIV/0!", "divisionByZero", { arg: "due" }));
    expect(collectionRateFn(-1, 10, null)).toMatchObject(
      error("#VALUE!", "negativeValue", { arg: "collected" }),
    );
    expect(collectionRateFn(10, 10, -1)).toMatchObject(error("#VALUE!", "negativeValue", { arg: "claims" }));
  });

  it("names the blank or unreadable argument", () => {
    expect(collectionRateFn(null, 100, null)).toMatchObject(error("#N/A", "argBlank", { arg: "collected" }));
    expect(collectionRateFn(95, "", null)).toMatchObject(error("#N/A", "argBlank", { arg: "due" }));
    expect(collectionRateFn(95, true, null)).toMatchObject(error("#VALUE!", "argNotNumber", { arg: "due" }));
    expect(collectionRateFn(95, 100, "n/a")).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "claims" }),
    );
  });
});

describe("CREDIT.COLLECTIONGRADE (A ≥ 100 %, B ≥ 95 %, C ≥ 90 %, D below)", () => {
  it.each([
    [1.2, "A"],
    [1, "A"], // exactly 100 %
    [0.9999, "B"], // just below 100 %
    [0.95, "B"], // exactly 95 %
    [0.9499, "C"], // just below 95 %
    [0.9, "C"], // exactly 90 %
    [0.8999, "D"], // just below 90 %
    [0, "D"],
  ])("rate %p → %p", (rate, grade) => {
    expect(collectionGradeFn(rate)).toBe(grade);
  });

  it("grades a rate that is 95 % on paper as B whatever the binary noise", () => {
    // 1 − 0.05 = 0.95 and 0.9 + 0.05 = 0.9500000000000001: both are 95 % on paper → B
    expect(collectionGradeFn(1 - 0.05)).toBe("B");
    expect(collectionGradeFn(0.9 + 0.05)).toBe("B");
    // 0.3 × 3 = 0.8999999999999999 is 90 % on paper → C, not D
    expect(0.3 * 3).toBeLessThan(0.9);
    expect(collectionGradeFn(0.3 * 3)).toBe("C");
  });

  it("grades the rate CREDIT.COLLECTIONRATE returns", () => {
    // (100,000 − 5,000) / 100,000 = 95 % → B
    expect(collectionGradeFn(collectionRateFn(100000, 100000, 5000))).toBe("B");
  });

  it("reads percent text and 1×1 ranges", () => {
    expect(collectionGradeFn("95%")).toBe("B"); // 0.95
    expect(collectionGradeFn("100%")).toBe("A"); // 1
    expect(collectionGradeFn("89.9%")).toBe("D"); // 0.899
    expect(collectionGradeFn([["90%"]])).toBe("C"); // 0.9
  });

  it("refuses blanks (#N/A), text, booleans and multi-cell ranges (#VALUE!)", () => {
    for (const blank of [null, "", "   ", [[""]]]) {
      expect(collectionGradeFn(blank)).toMatchObject(error("#N/A", "argBlank", { arg: "rate" }));
    }
    expect(collectionGradeFn("high")).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "rate", value: "high" }),
    );
    expect(collectionGradeFn(false)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "rate", value: "FALSE" }),
    );
    expect(collectionGradeFn([[0.9, 0.95]])).toMatchObject(error("#VALUE!", "argNotSingle", { arg: "rate" }));
  });
});

describe("CREDIT.LATENESSGRADE (A ≤ 0 days, B < 5, C < 10, D ≥ 10)", () => {
  it.each([
    [-3, "A"], // paid early
    [0, "A"], // on the due date
    [0.5, "B"], // fractional days compare as numbers: 0.5 > 0
    [1, "B"],
    [4, "B"],
    [4.99, "B"], // just below 5
    [5, "C"], // exactly 5
    [9, "C"],
    [9.99, "C"], // just below 10
    [10, "D"], // exactly 10: veto
    [45, "D"],
  ])("days late %p → %p", (days, grade) => {
    expect(latenessGradeFn(days)).toBe(grade);
  });

  it("reads days stored as text", () => {
    expect(latenessGradeFn("4.99")).toBe("B");
    expect(latenessGradeFn(" 5 ")).toBe("C");
    expect(latenessGradeFn([["10"]])).toBe("D");
  });

  it("refuses a blank (#N/A) and text (#VALUE!) naming days_late", () => {
    expect(latenessGradeFn(null)).toMatchObject(error("#N/A", "argBlank", { arg: "days_late" }));
    expect(latenessGradeFn("late")).toMatchObject(error("#VALUE!", "argNotNumber", { arg: "days_late" }));
    expect(latenessGradeFn(true)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "days_late", value: "TRUE" }),
    );
  });
});

describe("CREDIT.LOYALTYGRADE (A = 100 %, B ≥ 60 %, C ≥ 40 %, D below)", () => {
  it.each([
    [1, "A"], // exactly 100 %: sells only ours
    [0.9999, "B"], // just below 100 %
    [0.6, "B"], // exactly 60 %
    [0.5999, "C"], // just below 60 %
    [0.4, "C"], // exactly 40 %
    [0.3999, "D"], // just below 40 %
    [0, "D"],
  ])("share %p → %p (default thresholds)", (share, grade) => {
    expect(loyaltyGradeFn(share, null)).toBe(grade);
  });

  it("treats an omitted or blank thresholds range as the defaults", () => {
    for (const omitted of [null, "", [[""]], [[null, null, null]]]) {
      expect(loyaltyGradeFn(0.6, omitted)).toBe("B");
      expect(loyaltyGradeFn(0.5999, omitted)).toBe("C");
    }
  });

  it("reads shares as percent text", () => {
    expect(loyaltyGradeFn("60%", null)).toBe("B"); // 0.6
    expect(loyaltyGradeFn("100%", null)).toBe("A"); // 1
    expect(loyaltyGradeFn("39.99%", null)).toBe("D"); // 0.3999
  });

  it("uses overriding thresholds (lower bounds of A, B, C) in a row or a column", () => {
    const row = [[0.9, 0.7, 0.5]];
    expect(loyaltyGradeFn(0.9, row)).toBe("A"); // at A's bound
    expect(loyaltyGradeFn(0.8999, row)).toBe("B"); // just below it
    expect(loyaltyGradeFn(0.7, row)).toBe("B");
    expect(loyaltyGradeFn(0.6999, row)).toBe("C");
    expect(loyaltyGradeFn(0.5, row)).toBe("C");
    expect(loyaltyGradeFn(0.4999, row)).toBe("D");
    // the same bounds as a column of percent text: 0.8 is in [70 %, 90 %) → B
    expect(loyaltyGradeFn(0.8, [["90%"], ["70%"], ["50%"]])).toBe("B");
    // blank cells between the bounds are skipped
    expect(loyaltyGradeFn(0.8, [[0.9, "", 0.7, 0.5]])).toBe("B");
  });

  it("refuses shares outside 0–100 %", () => {
    expect(loyaltyGradeFn(1.01, null)).toMatchObject(
      error("#VALUE!", "outOfRange", { arg: "share", min: 0, max: 1 }),
    );
    expect(loyaltyGradeFn(-0.01, null)).toMatchObject(error("#VALUE!", "outOfRange", { arg: "share" }));
  });

  it("refuses thresholds that are not three descending shares", () => {
    expect(loyaltyGradeFn(0.8, [[0.9, 0.7]])).toMatchObject(
      error("#VALUE!", "loyaltyThresholdsShape", { arg: "thresholds", count: 2 }),
    );
    expect(loyaltyGradeFn(0.8, [[0.5, 0.7, 0.9]])).toMatchObject(
      error("#VALUE!", "loyaltyThresholdsInvalid"),
    );
    expect(loyaltyGradeFn(0.8, [[0.9, "high", 0.5]])).toMatchObject(
      error("#VALUE!", "itemNotNumber", { arg: "thresholds", index: 2, row: 1, column: 2 }),
    );
  });

  it("refuses a blank share (#N/A) naming our_share", () => {
    expect(loyaltyGradeFn("", null)).toMatchObject(error("#N/A", "argBlank", { arg: "our_share" }));
  });
});

describe("CREDIT.COMBINEGRADES (any D → D; any C → C; strict majority of A → A; else B)", () => {
  it.each([
    ["AAA", "A"],
    ["AAB", "A"],
    ["ABA", "A"], // order does not matter
    ["ABB", "B"],
    ["BBB", "B"],
    ["BBC", "C"],
    ["BCC", "C"],
    ["CCC", "C"],
    ["AAC", "C"], // a C outranks the A majority
    ["ABD", "D"], // veto
    ["AAD", "D"], // veto even with an A majority
    ["DDD", "D"],
  ])("%s → %s (one row of three cells)", (letters, grade) => {
    expect(combineGradesFn([[letters.split("")]])).toBe(grade);
  });

  it("takes separate cells, a column, or several ranges", () => {
    // three arguments "A", "B", "B" → ABB → B
    expect(combineGradesFn(["A", "B", "B"])).toBe("B");
    // one column A, A, B → A
    expect(combineGradesFn([[["A"], ["A"], ["B"]]])).toBe("A");
    // a range A, A and a cell B → AAB → A
    expect(combineGradesFn([[["A", "A"]], "B"])).toBe("A");
    // 2×2 block A, B / B, C → C
    expect(
      combineGradesFn([
        [
          ["A", "B"],
          ["B", "C"],
        ],
      ]),
    ).toBe("C");
  });

  it("needs a strict majority of A for A", () => {
    // AB: 1 of 2 is not more than half → B
    expect(combineGradesFn(["A", "B"])).toBe("B");
    // AABB: 2 of 4 → B; AAABB: 3 of 5 → A
    expect(combineGradesFn([[["A", "A", "B", "B"]]])).toBe("B");
    expect(combineGradesFn([[["A", "A", "A", "B", "B"]]])).toBe("A");
    expect(combineGradesFn(["A"])).toBe("A");
  });

  it("ignores blanks and reads letters case-insensitively, trimmed", () => {
    // A, (blank), A, B → AAB → A
    expect(combineGradesFn([[["A", "", "a", null, " b "]]])).toBe("A");
    expect(combineGradesFn(["a", "b", "b"])).toBe("B");
  });

  it("refuses no grades at all (#N/A), unknown letters and booleans (#VALUE!)", () => {
    expect(combineGradesFn([[["", null, "  "]]])).toMatchObject(error("#N/A", "noGrades"));
    expect(combineGradesFn(["A", "E"])).toMatchObject(
      error("#VALUE!", "gradeInvalid", { value: "E", position: 2 }),
    );
    expect(combineGradesFn([[["A", true]]])).toMatchObject(
      error("#VALUE!", "itemNotText", { arg: "grades", index: 2, row: 1, column: 2, value: "TRUE" }),
    );
  });
});

describe("CREDIT.RATING(collection_rate, days_late, our_share)", () => {
  it.each([
    // [rate, days late, share, indicator grades, combined]
    [1, 0, 1, "AAA", "A"],
    [1, 0, 0.6, "AAB", "A"],
    [1, 3, 0.7, "ABB", "B"],
    [0.95, 3, 0.7, "BBB", "B"],
    [0.95, 5, 0.7, "BCB", "C"], // 5 days is C
    [0.9, 9.99, 0.4, "CCC", "C"],
    [0.8999, 0, 1, "DAA", "D"], // collection veto
    [1, 10, 1, "ADA", "D"], // lateness veto at exactly 10 days
    [1, 0, 0.3999, "AAD", "D"], // loyalty D
  ])("rate %p, %p days, share %p (%s) → %p", (rate, days, share, _grades, combined) => {
    expect(ratingFn(rate, days, share)).toBe(combined);
  });

  it("reads text and percent arguments", () => {
    // "100%" → A, "3" → B, "70%" → B: ABB → B
    expect(ratingFn("100%", "3", "70%")).toBe("B");
  });

  it("names the blank or unreadable argument", () => {
    expect(ratingFn(1, null, 1)).toMatchObject(error("#N/A", "argBlank", { arg: "days_late" }));
    expect(ratingFn(1, 0, "")).toMatchObject(error("#N/A", "argBlank", { arg: "our_share" }));
    expect(ratingFn("good", 0, 1)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "collection_rate" }),
    );
    expect(ratingFn(1, 0, 1.5)).toMatchObject(error("#VALUE!", "outOfRange", { arg: "share" }));
  });
});

/**
 * A refused cell after skipped blanks is named by its place in the range the user sees, not by its
 * position among the non-blank cells.
 */
const positionOf = (result: unknown): unknown => {
  const params = (result as { params?: Record<string, unknown> }).params ?? {};
  return params.index ?? params.position ?? params.row;
};

describe("positions count blank cells", () => {
  it("gradeInvalid names the cell of the bad grade, counting blank cells", () => {
    // A, (blank), E: the bad grade is cell 3
    const result = combineGradesFn([[["A", "", "E"]]]);
    expect(result).toMatchObject(error("#VALUE!", "gradeInvalid"));
    expect(positionOf(result)).toBe(3);
  });
});
