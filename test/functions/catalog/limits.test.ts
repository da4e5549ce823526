/**
 * CREDIT.LIMIT / LIMITS / UTILIZATION / AVAILABLE through the catalog wrappers, with Excel-style arguments.
 * Rules: DESIGN §3.4 — need = monthly purchases × (terms + grace) / 30; multiplier A 1.2, B 1.0, C 0.5, D 0;
 * caps net worth × 10 %, working capital × 10 %; recommended = min(...) rounded down to 1,000.
 */
import {
  availableFn,
  LIMITS_LABELS,
  limitFn,
  limitsFn,
  utilizationFn,
} from "../../../src/functions/catalog/limits";

const error = (code: string, id: string, params?: Record<string, unknown>) =>
  params === undefined ? { kind: "creditError", code, id } : { kind: "creditError", code, id, params };

describe("CREDIT.LIMIT", () => {
  it("takes the smaller of the grade-adjusted need and the capacity caps", () => {
    // need = 100,000 × (60 + 10) / 30 = 233,333.33; × 1.2 (A) = 280,000;
    // net-worth cap = 2,000,000 × 10 % = 200,000 → min = 200,000
    expect(limitFn("A", 100000, 60, 10, 2000000, null, null)).toBe(200000);
    // working-capital cap = 150,000 × 10 % = 15,000 → min(280,000, 200,000, 15,000) = 15,000
    expect(limitFn("A", 100000, 60, 10, 2000000, 150000, null)).toBe(15000);
    // no caps given: 280,000
    expect(limitFn("A", 100000, 60, 10, null, null, null)).toBe(280000);
  });

  it.each([
    // need = 30,000 × 30 / 30 = 30,000
    ["A", 36000], // × 1.2
    ["B", 30000], // × 1.0
    ["C", 15000], // × 0.5
    ["D", 0], // no credit
    ["b", 30000], // grade letters in any case
    [" c ", 15000],
  ])("grade %p → %p", (grade, limit) => {
    expect(limitFn(grade, 30000, 30, null, null, null, null)).toBe(limit);
  });

  it.each([
    // a score is graded on the ABCD scale first; need = 30,000
    [85, 36000], // A
    [84.99, 30000], // B
    [70, 30000], // B
    [69.99, 15000], // C
    [60, 15000], // C
    [59.99, 0], // D
    ["85", 36000], // a score stored as text is a score, not a grade
  ])("score %p → %p", (score, limit) => {
    expect(limitFn(score, 30000, 30, null, null, null, null)).toBe(limit);
  });

  it("rounds down to a whole 1,000, never to the nearest", () => {
    // 10,000 × 50 / 30 = 16,666.67 × 1.0 (B) → 16,000 (not 17,000)
    expect(limitFn("B", 10000, 50, null, null, null, null)).toBe(16000);
    // net-worth cap 123,456 × 10 % = 12,345.60 → 12,000
    expect(limitFn("A", 100000, 60, 0, 123456, null, null)).toBe(12000);
    // 16,666.67 × 1.2 = 20,000 on paper → exactly 20,000, not 19,000
    expect(limitFn("A", 10000, 50, null, null, null, null)).toBe(20000);
  });

  it("treats omitted and blank optional arguments as not given", () => {
    // grace blank → 0: 30,000 × 30 / 30 × 1.0 = 30,000
    for (const blank of [null, "", "  ", [[""]]]) {
      expect(limitFn("B", 30000, 30, blank, blank, blank, blank)).toBe(30000);
    }
  });

  it("reads amounts stored as text", () => {
    // "100,000" → 100,000; "2,000,000" → 2,000,000 → as in the first example, 200,000
    expect(limitFn("A", "100,000", "60", "10", "2,000,000", "", "")).toBe(200000);
  });

  describe("policy: a two-column range of (key, value), or two rows read sideways", () => {
    it("overrides round_to, multipliers and cap percentages", () => {
      // 10,000 × 50 / 30 = 16,666.67 × 1.0 → rounded down to 500 → 16,500
      expect(limitFn("B", 10000, 50, null, null, null, [["round_to", 500]])).toBe(16500);
      // multiplier_B 1.5: 16,666.67 × 1.5 = 25,000
      expect(limitFn("B", 10000, 50, null, null, null, [["multiplier_B", 1.5]])).toBe(25000);
      // net_worth_pct "5%": 280,000 vs 2,000,000 × 5 % = 100,000 → 100,000
      expect(limitFn("A", 100000, 60, 10, 2000000, null, [["net_worth_pct", "5%"]])).toBe(100000);
      // a new grade: multiplier_E 0.25 → 30,000 × 0.25 = 7,500 → 7,000
      expect(limitFn("E", 30000, 30, null, null, null, [["multiplier_E", 0.25]])).toBe(7000);
    });

    it("reads a policy laid out sideways and skips blank rows", () => {
      const sideways = [
        ["round_to", "multiplier_B", "days_per_month"],
        [500, 1.5, 30],
      ];
      // 16,666.67 × 1.5 = 25,000
      expect(limitFn("B", 10000, 50, null, null, null, sideways)).toBe(25000);
      expect(
        limitFn("B", 10000, 50, null, null, null, [
          ["round_to", 500],
          ["", null],
          ["multiplier_B", "1"],
        ]),
      ).toBe(16500);
    });

    it("refuses bad policies", () => {
      expect(limitFn("B", 1, 1, null, null, null, [["bonus", 1]])).toMatchObject(
        error("#VALUE!", "policyKeyUnknown", { key: "bonus" }),
      );
      expect(limitFn("B", 1, 1, null, null, null, [["round_to", true]])).toMatchObject(
        error("#VALUE!", "policyRow", { arg: "policy", row: 1 }),
      );
      expect(
        limitFn("B", 1, 1, null, null, null, [
          ["round_to", 500, 1],
          ["a", 1, 2],
          ["b", 1, 2],
        ]),
      ).toMatchObject(error("#VALUE!", "argNotTwoColumns", { arg: "policy", columns: 3 }));
      expect(limitFn("B", 1, 1, null, null, null, [["round_to", 0]])).toMatchObject(
        error("#VALUE!", "notPositive", { arg: "round_to" }),
      );
      expect(
        limitFn("B", 1, 1, null, null, null, [
          ["round_to", 500],
          ["ROUND_TO", 100],
        ]),
      ).toMatchObject(error("#VALUE!", "policyKeyDuplicate"));
    });
  });

  it("refuses a blank, boolean or unknown grade", () => {
    for (const blank of [null, "", "   "]) {
      expect(limitFn(blank, 1, 1, null, null, null, null)).toMatchObject(
        error("#N/A", "argBlank", { arg: "grade_or_score" }),
      );
    }
    expect(limitFn(true, 1, 1, null, null, null, null)).toMatchObject(
      error("#VALUE!", "argNotGradeOrScore", { arg: "grade_or_score", value: "TRUE" }),
    );
    expect(limitFn("E", 1, 1, null, null, null, null)).toMatchObject(
      error("#VALUE!", "gradeHasNoMultiplier", { grade: "E" }),
    );
    expect(limitFn(101, 1, 1, null, null, null, null)).toMatchObject(
      error("#VALUE!", "outOfRange", { arg: "score" }),
    );
    expect(limitFn([["A", "B"]], 1, 1, null, null, null, null)).toMatchObject(
      error("#VALUE!", "argNotSingle", { arg: "grade_or_score", size: "1×2" }),
    );
  });

  it("names the blank, unreadable or negative amount", () => {
    expect(limitFn("A", null, 30, null, null, null, null)).toMatchObject(
      error("#N/A", "argBlank", { arg: "monthly_purchases" }),
    );
    expect(limitFn("A", 1000, "net 30", null, null, null, null)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "terms_days", value: "net 30" }),
    );
    expect(limitFn("A", 1000, 30, null, "n/a", null, null)).toMatchObject(
      error("#VALUE!", "argNotNumber", { arg: "net_worth" }),
    );
    expect(limitFn("A", -1000, 30, null, null, null, null)).toMatchObject(error("#VALUE!", "negativeValue"));
  });
});

describe("CREDIT.LIMITS (spills two rows: method labels, amounts)", () => {
  it("spills 2 × 5 with a blank for a cap whose figure was not given", () => {
    const result = limitsFn("A", 100000, 60, 10, 2000000, null, null) as unknown[][];
    expect(result).toHaveLength(2);
    expect(result[0]).toEqual([
      "Need",
      "Grade-adjusted need",
      "Net-worth cap",
      "Working-capital cap",
      "Recommended",
    ]);
    expect(result[0]).toEqual(LIMITS_LABELS);
    const [need, adjusted, netWorthCap, workingCapitalCap, recommended] = result[1] as number[];
    expect(result[1]).toHaveLength(5);
    // 100,000 × 70 / 30 = 233,333.333…
    expect(need).toBeCloseTo(700000 / 3, 9);
    // 233,333.33 × 1.2 = 280,000
    expect(adjusted).toBeCloseTo(280000, 9);
    // 2,000,000 × 10 % = 200,000
    expect(netWorthCap).toBeCloseTo(200000, 9);
    expect(workingCapitalCap).toBe("");
    expect(recommended).toBe(200000);
  });

  it("shows both caps when both figures are given, and blanks for neither", () => {
    // 2,000,000 × 10 % = 200,000; 150,000 × 10 % = 15,000 → recommended 15,000
    const both = limitsFn("A", 100000, 60, 10, 2000000, 150000, null) as unknown[][];
    expect(both[1]?.slice(2)).toEqual([200000, 15000, 15000]);
    // B, 30,000 × 30 / 30 = 30,000 × 1.0, no caps
    expect(limitsFn("B", 30000, 30, null, null, null, null)).toEqual([
      LIMITS_LABELS,
      [30000, 30000, "", "", 30000],
    ]);
  });

  it("shows a zero cap for a zero or negative figure", () => {
    // working capital 0 → cap 0 → no credit
    const result = limitsFn("A", 100000, 60, 10, "", 0, null) as unknown[][];
    expect(result[1]?.slice(2)).toEqual(["", 0, 0]);
  });

  it("returns the error itself, not a spill, when an argument is wrong", () => {
    expect(limitsFn("A", null, 30, null, null, null, null)).toMatchObject(error("#N/A", "argBlank"));
  });
});

describe("CREDIT.UTILIZATION(exposure, limit)", () => {
  it("is exposure / limit", () => {
    // 80,000 / 100,000 = 0.8
    expect(utilizationFn(80000, 100000)).toBeCloseTo(0.8, 12);
    // 120,000 / 100,000 = 1.2: over the limit
    expect(utilizationFn("120,000", "100,000")).toBeCloseTo(1.2, 12);
    expect(utilizationFn(0, 100000)).toBe(0);
  });

  it("refuses a zero limit (#DIV/0!), a negative limit and blanks", () => {
    expect(utilizationFn(80000, 0)).toMatchObject(error("#DIV/0!", "divisionByZero", { arg: "limit" }));
    expect(utilizationFn(80000, -1)).toMatchObject(error("#VALUE!", "negativeValue", { arg: "limit" }));
    expect(utilizationFn("", 100000)).toMatchObject(error("#N/A", "argBlank", { arg: "exposure" }));
  });
});

describe("CREDIT.AVAILABLE(limit, exposure, [open_orders])", () => {
  it("is limit − exposure − open orders, exact to the cent", () => {
    // 100,000 − 80,000 − 5,000 = 15,000
    expect(availableFn(100000, 80000, 5000)).toBe(15000);
    // open orders omitted or blank → 0: 100,000 − 80,000 = 20,000
    expect(availableFn(100000, 80000, null)).toBe(20000);
    expect(availableFn(100000, 80000, "")).toBe(20000);
    // over the limit: 100,000 − 120,000 = −20,000
    expect(availableFn(100000, 120000, null)).toBe(-20000);
    // 0.30 − 0.10 − 0.10 = 0.10 (plain binary arithmetic gives 0.09999999999999998)
    expect(availableFn(0.3, 0.1, 0.1)).toBe(0.1);
  });

  it("names the blank or unreadable argument", () => {
    expect(availableFn(null, 1, null)).toMatchObject(error("#N/A", "argBlank", { arg: "limit" }));
    expect(availableFn(1, 1, true)).toMatchObject(error("#VALUE!", "argNotNumber", { arg: "open_orders" }));
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
  it("policyRow names the sheet row of the bad pair, counting blank rows", () => {
    // the bad pair is on row 3 of the range; row 2 is blank
    const result = limitFn("A", 1, 1, null, null, null, [
      ["round_to", 500],
      ["", ""],
      ["multiplier_B", true],
    ]);
    expect(result).toMatchObject(error("#VALUE!", "policyRow"));
    expect(positionOf(result)).toBe(3);
  });
});
