import { creditError } from "../../../src/core/errors";
import { type GradeScale, userGradeScale } from "../../../src/core/scoring";
import {
  creditLimitBreakdown,
  DEFAULT_LIMIT_POLICY,
  limitPolicyFromPairs,
  type LimitPolicy,
} from "../../../src/core/limits";

describe("creditLimitBreakdown", () => {
  it("works the brief's example: grade A, 100,000 a month, 60-day terms, 10 grace days, net worth 2,000,000", () => {
    // need = 100,000 × (60 + 10) / 30 = 7,000,000 / 30 = 233,333.33
    // × 1.2 (A) = 280,000; net-worth cap = 2,000,000 × 10 % = 200,000 → min = 200,000
    const result = creditLimitBreakdown({
      gradeOrScore: "A",
      monthlyPurchases: 100_000,
      termsDays: 60,
      graceDays: 10,
      netWorth: 2_000_000,
    });
    expect(result).toEqual({
      grade: "A",
      need: expect.closeTo(233_333.333333, 5),
      multiplier: 1.2,
      adjustedNeed: expect.closeTo(280_000, 6),
      netWorthCap: expect.closeTo(200_000, 6),
      workingCapitalCap: null,
      recommended: 200_000,
    });
  });

  it("recommends the adjusted need when no capacity figure is given", () => {
    // 100,000 × 70 / 30 × 1.2 = 280,000
    const result = creditLimitBreakdown({
      gradeOrScore: "A",
      monthlyPurchases: 100_000,
      termsDays: 60,
      graceDays: 10,
    });
    expect(result).toMatchObject({ netWorthCap: null, workingCapitalCap: null, recommended: 280_000 });
  });

  it("rounds down to a multiple of 1,000 by default", () => {
    // grade B: 100,000 × 70 / 30 × 1.0 = 233,333.33 → 233,000
    const result = creditLimitBreakdown({
      gradeOrScore: "B",
      monthlyPurchases: 100_000,
      termsDays: 60,
      graceDays: 10,
    });
    expect(result).toMatchObject({ multiplier: 1, recommended: 233_000 });
  });

  it("uses the smaller of the two caps", () => {
    // need: 50,000 × 30 / 30 = 50,000 × 1.2 = 60,000; caps: net worth 800,000 × 10 % = 80,000,
    // working capital 450,000 × 10 % = 45,000 → 45,000
    const result = creditLimitBreakdown({
      gradeOrScore: "A",
      monthlyPurchases: 50_000,
      termsDays: 30,
      netWorth: 800_000,
      workingCapital: 450_000,
    });
    expect(result).toMatchObject({ workingCapitalCap: 45_000, recommended: 45_000 });
    expect((result as { netWorthCap: number }).netWorthCap).toBeCloseTo(80_000, 6);
  });

  it("gives no credit when net worth or working capital is negative", () => {
    const base = { gradeOrScore: "A", monthlyPurchases: 50_000, termsDays: 30 } as const;
    expect(creditLimitBreakdown({ ...base, netWorth: -10 })).toMatchObject({
      netWorthCap: 0,
      recommended: 0,
    });
    expect(creditLimitBreakdown({ ...base, workingCapital: -1_000_000 })).toMatchObject({
      workingCapitalCap: 0,
      recommended: 0,
    });
    expect(creditLimitBreakdown({ ...base, netWorth: 0 })).toMatchObject({ netWorthCap: 0, recommended: 0 });
  });

  it("treats null capacity figures as not given", () => {
    const result = creditLimitBreakdown({
      gradeOrScore: "C",
      monthlyPurchases: 30_000,
      termsDays: 30,
      netWorth: null,
      workingCapital: null,
    });
    // 30,000 × 30 / 30 × 0.5 = 15,000
    expect(result).toMatchObject({ netWorthCap: null, workingCapitalCap: null, recommended: 15_000 });
  });

  it("gives grade D no credit", () => {
    // 100,000 × 60 / 30 × 0 = 0
    expect(
      creditLimitBreakdown({ gradeOrScore: "D", monthlyPurchases: 100_000, termsDays: 60 }),
    ).toMatchObject({
      multiplier: 0,
      adjustedNeed: 0,
      recommended: 0,
    });
  });

  it("reads grades case-insensitively and trimmed", () => {
    expect(
      creditLimitBreakdown({ gradeOrScore: " b ", monthlyPurchases: 30_000, termsDays: 30 }),
    ).toMatchObject({
      grade: "B",
      recommended: 30_000,
    });
  });

  describe("grade from a score on the ABCD scale", () => {
    it.each([
      [85, "A", 36_000], // 30,000 × 30 / 30 × 1.2 = 36,000
      [84.99, "B", 30_000], // × 1.0
      [60, "C", 15_000], // × 0.5
      [59.99, "D", 0], // × 0
    ])("a score of %p is grade %p → %p", (score, grade, recommended) => {
      expect(
        creditLimitBreakdown({ gradeOrScore: score, monthlyPurchases: 30_000, termsDays: 30 }),
      ).toMatchObject({
        grade,
        recommended,
      });
    });

    it("refuses a score outside 0–100", () => {
      expect(creditLimitBreakdown({ gradeOrScore: 101, monthlyPurchases: 30_000, termsDays: 30 })).toEqual(
        creditError("#VALUE!", "outOfRange", { arg: "score", value: 101, min: 0, max: 100 }),
      );
    });

    it("grades on another scale when one is given", () => {
      const policy = limitPolicyFromPairs([
        ["multiplier_AAA", 1.5],
        ["multiplier_BBB", 0.8],
      ]) as LimitPolicy;
      // 65 on the AAA scale is BBB: 30,000 × 30 / 30 × 0.8 = 24,000
      expect(
        creditLimitBreakdown({
          gradeOrScore: 65,
          monthlyPurchases: 30_000,
          termsDays: 30,
          policy,
          scale: "AAA",
        }),
      ).toMatchObject({ grade: "BBB", recommended: 24_000 });
    });
  });

  it("matches grades of a user scale to multiplier_<label> case-insensitively", () => {
    const scale = userGradeScale([
      [80, "Good"],
      [0, "Poor"],
    ]) as GradeScale;
    const policy = limitPolicyFromPairs([
      ["multiplier_good", 1.1],
      ["MULTIPLIER_Poor", 0.2],
    ]) as LimitPolicy;
    // 85 → Good: 30,000 × 30 / 30 × 1.1 = 33,000; 40 → Poor: 30,000 × 0.2 = 6,000
    const base = { monthlyPurchases: 30_000, termsDays: 30, policy, scale };
    expect(creditLimitBreakdown({ ...base, gradeOrScore: 85 })).toMatchObject({
      grade: "Good",
      recommended: 33_000,
    });
    expect(creditLimitBreakdown({ ...base, gradeOrScore: 40 })).toMatchObject({
      grade: "Poor",
      recommended: 6_000,
    });
    expect(creditLimitBreakdown({ ...base, gradeOrScore: "poor" })).toMatchObject({
      grade: "POOR",
      recommended: 6_000,
    });
  });

  it("refuses a grade the policy has no multiplier for", () => {
    expect(creditLimitBreakdown({ gradeOrScore: "E", monthlyPurchases: 1, termsDays: 30 })).toEqual(
      creditError("#VALUE!", "gradeHasNoMultiplier", { grade: "E" }),
    );
    // inherited object keys are not grades
    expect(creditLimitBreakdown({ gradeOrScore: "constructor", monthlyPurchases: 1, termsDays: 30 })).toEqual(
      creditError("#VALUE!", "gradeHasNoMultiplier", { grade: "CONSTRUCTOR" }),
    );
    expect(creditLimitBreakdown({ gradeOrScore: "  ", monthlyPurchases: 1, termsDays: 30 })).toEqual(
      creditError("#VALUE!", "gradeEmpty"),
    );
  });

  it("refuses negative purchases, terms and grace days", () => {
    const base = { gradeOrScore: "A", monthlyPurchases: 1_000, termsDays: 30 };
    expect(creditLimitBreakdown({ ...base, monthlyPurchases: -1 })).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "monthlyPurchases", value: -1 }),
    );
    expect(creditLimitBreakdown({ ...base, termsDays: -30 })).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "termsDays", value: -30 }),
    );
    expect(creditLimitBreakdown({ ...base, graceDays: -1 })).toEqual(
      creditError("#VALUE!", "negativeValue", { arg: "graceDays", value: -1 }),
    );
    expect(creditLimitBreakdown({ ...base, netWorth: NaN })).toEqual(
      creditError("#VALUE!", "notANumber", { arg: "netWorth" }),
    );
  });

  it("accepts zero purchases and zero terms (cash customers)", () => {
    expect(creditLimitBreakdown({ gradeOrScore: "A", monthlyPurchases: 0, termsDays: 30 })).toMatchObject({
      need: 0,
      recommended: 0,
    });
    expect(creditLimitBreakdown({ gradeOrScore: "A", monthlyPurchases: 10_000, termsDays: 0 })).toMatchObject(
      {
        need: 0,
        recommended: 0,
      },
    );
  });

  describe("rounding down without binary noise", () => {
    const policy = limitPolicyFromPairs([["multiplier_C", 0.7]]) as LimitPolicy;

    it("rounds a limit of 63,000 computed as 62,999.99999999999 to 63,000", () => {
      // 30,000 × 90 / 30 = 90,000 × 0.7 = 63,000 on paper
      const result = creditLimitBreakdown({
        gradeOrScore: "C",
        monthlyPurchases: 30_000,
        termsDays: 90,
        policy,
      });
      expect((result as { adjustedNeed: number }).adjustedNeed).toBeLessThan(63_000);
      expect(result).toMatchObject({ recommended: 63_000 });
    });

    it("also when the limit is rounded to whole units (quotient above 100,000)", () => {
      // 60,000 × 90 / 30 = 180,000 × 0.7 = 126,000 on paper, computed 125,999.99999999999
      const toUnits = { ...policy, roundTo: 1 };
      const result = creditLimitBreakdown({
        gradeOrScore: "C",
        monthlyPurchases: 60_000,
        termsDays: 90,
        policy: toUnits,
      });
      expect((result as { adjustedNeed: number }).adjustedNeed).toBeLessThan(126_000);
      expect(result).toMatchObject({ recommended: 126_000 });
    });
  });

  it("follows the policy's days per month, rounding step and cap percentages", () => {
    const policy: LimitPolicy = {
      ...DEFAULT_LIMIT_POLICY,
      daysPerMonth: 31,
      roundTo: 5_000,
      netWorthPct: 0.2,
    };
    // 62,000 × 62 / 31 = 124,000 × 1.0 (B) = 124,000; cap 700,000 × 20 % = 140,000 → 124,000 → 120,000
    const result = creditLimitBreakdown({
      gradeOrScore: "B",
      monthlyPurchases: 62_000,
      termsDays: 62,
      netWorth: 700_000,
      policy,
    });
    expect(result).toMatchObject({ need: 124_000, recommended: 120_000 });
  });

  it("refuses a hand-built policy with an invalid value", () => {
    const policy: LimitPolicy = { ...DEFAULT_LIMIT_POLICY, roundTo: 0 };
    expect(creditLimitBreakdown({ gradeOrScore: "A", monthlyPurchases: 1, termsDays: 1, policy })).toEqual(
      creditError("#VALUE!", "notPositive", { arg: "round_to", value: 0 }),
    );
  });
});
